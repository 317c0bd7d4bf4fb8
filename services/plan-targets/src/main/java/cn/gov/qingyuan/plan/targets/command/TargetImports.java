package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.ImportTargets;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records an import's rows in the unit of work of the one submission that carries them: each row goes to its
 * indicator's aggregate as if sent alone, and every row is tried, so a planner learns of every refused row at once;
 * any refusal undoes the whole file.
 */
@Component
class TargetImports {

    private final CommandGateway commands;

    TargetImports(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    Long handle(ImportTargets file, MetaData submission) {
        Map<Integer, RuleViolated> refused = new LinkedHashMap<>();
        for (ImportTargets.Row row : file.rows()) {
            try {
                commands.sendAndWait(row.command(), submission);
            } catch (RuleViolated e) {
                // Keep going inside the doomed transaction: the planner gets every bad row at once.
                refused.put(row.number(), e);
            }
        }
        if (!refused.isEmpty() || file.refused()) {
            throw new RowsRefused(refused);
        }
        return null;
    }
}
