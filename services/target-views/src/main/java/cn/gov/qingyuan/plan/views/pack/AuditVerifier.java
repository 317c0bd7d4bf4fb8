package cn.gov.qingyuan.plan.views.pack;

import cn.gov.qingyuan.plan.contracts.ChainHead;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -jar audit-verifier.jar <pack.zip> [--head <service>=<position>:<link> ...]}: checks an audit pack
 * offline ({@link PackCheck}), each service's chain also against a head the auditor kept, and prints what it checked
 * and what it found. Exit status 0 when the pack verifies, 1 when it does not, 2 for a wrong invocation.
 */
public final class AuditVerifier {

    private static final String USAGE = "usage: java -jar audit-verifier.jar <audit-pack.zip> [--head <service>=<position>:<link> ...]\n"
            + "       (GET /api/audit/export?until=<instant> gives a pack; GET /api/audit/chain-head a head to keep)";

    private AuditVerifier() {
    }

    public static void main(String[] arguments) {
        Map<String, ChainHead> held = new LinkedHashMap<>();
        for (int i = 1; i < arguments.length; i += 2) {
            if (!arguments[i].equals("--head") || i + 1 >= arguments.length || !held(arguments[i + 1], held)) {
                usage();
            }
        }
        if (arguments.length < 1 || !Files.isRegularFile(Path.of(arguments[0]))) {
            usage();
        }
        PackCheck.Verdict verdict = PackCheck.of(Path.of(arguments[0]), held);
        verdict.report().forEach(System.out::println);
        verdict.problems().forEach(problem -> System.out.println("PROBLEM " + problem));
        System.out.println(verdict.verified() ? "VERIFIED: every chain is intact and every view is what the events give"
                : "NOT VERIFIED: " + verdict.problems().size() + " problem(s) above");
        System.exit(verdict.verified() ? 0 : 1);
    }

    private static boolean held(String text, Map<String, ChainHead> held) {
        int equals = text.indexOf('=');
        int colon = text.indexOf(':', equals + 1);
        if (equals < 1 || colon < 0 || !text.substring(colon + 1).matches("[0-9a-f]{64}") || !text.substring(equals + 1, colon).matches("[0-9]+")) {
            return false;
        }
        String service = text.substring(0, equals);
        held.put(service, new ChainHead(service, null, Long.parseLong(text.substring(equals + 1, colon)), text.substring(colon + 1), null));
        return true;
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
