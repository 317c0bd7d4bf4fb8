package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.eventing.IdempotentRequests;
import cn.gov.qingyuan.plan.eventing.Submissions;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.CorrelationIdFilter;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import cn.gov.qingyuan.plan.targets.command.TargetRuleViolated;
import cn.gov.qingyuan.plan.targets.input.RowCommand;
import cn.gov.qingyuan.plan.targets.input.RowError;
import cn.gov.qingyuan.plan.targets.input.TargetSheets;
import cn.gov.qingyuan.plan.targets.sheet.SheetTable;
import cn.gov.qingyuan.plan.targets.sheet.SheetUnreadable;
import cn.gov.qingyuan.plan.targets.sheet.Sheets;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Many city targets and county splits at once, from a CSV or XLSX file (the format of {@code seed/plan-targets.csv}):
 * the way the plan's real annexes get in. All or nothing: every row is checked, by the same rules as the JSON API and
 * then by the aggregates themselves, inside one transaction; if any row is bad the answer lists every bad row by its
 * number and column, and the transaction is rolled back, so nothing of the file is recorded.
 */
@RestController
@PreAuthorize("hasRole('PLANNER')")
class ImportController {

    static final String PATH = "/api/targets/imports";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The rows of a refused file, as the answer lists them. */
    static class SheetRejected extends RuntimeException {
        private final List<RowError> errors;

        SheetRejected(List<RowError> errors) {
            super(errors.size() + " bad rows");
            this.errors = errors;
        }
    }

    record ImportReceipt(int rows, long cityTargets, long allocations, String correlationId, Instant submittedAt) {
    }

    private final CommandGateway commands;
    private final TargetSheets sheets;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    ImportController(CommandGateway commands, TargetSheets sheets, IdempotentRequests idempotency, Clock clock) {
        this.commands = commands;
        this.sheets = sheets;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Operation(summary = "Import city targets and county splits from a CSV (text/csv) or XLSX body; all rows or none")
    @PostMapping(path = PATH, consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<String> importBody(@RequestBody(required = false) byte[] content,
                                      @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        return importFile(content == null ? new byte[0] : content, idempotencyKey);
    }

    @Operation(summary = "Import city targets and county splits from an uploaded CSV or XLSX file (form field 'file'); all rows or none")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> importUpload(@RequestPart(name = "file", required = false) MultipartFile file,
                                        @RequestHeader(name = IdempotentRequests.HEADER, required = false) String idempotencyKey) {
        if (file == null || file.isEmpty()) {
            throw ApiProblem.invalid("file", "send the CSV or XLSX file as the form field 'file'");
        }
        try {
            return importFile(file.getBytes(), idempotencyKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResponseEntity<String> importFile(byte[] content, String idempotencyKey) {
        SheetTable table = Sheets.read(content);
        TargetSheets.Parsed parsed = sheets.parse(table, false);
        Submitter submitter = Submitter.current();
        return idempotency.execute(submitter.subject(), idempotencyKey, idempotency.describe("POST", PATH, sha256(content)), () -> {
            Instant now = clock.instant();
            MetaData metadata = Submissions.metadata(submitter, now, CorrelationIdFilter.current());
            List<RowError> errors = new ArrayList<>(parsed.errors());
            for (RowCommand row : parsed.commands()) {
                try {
                    commands.sendAndWait(row.command(), metadata);
                } catch (TargetRuleViolated e) {
                    // Keep going inside the doomed transaction: the planner gets every bad row at once.
                    errors.add(new RowError(row.row(), TargetSheets.column(e.field()), e.getMessage()));
                }
            }
            if (!errors.isEmpty()) {
                throw new SheetRejected(errors);
            }
            long cities = parsed.commands().stream().filter(c -> c.command() instanceof SetCityTarget).count();
            return new IdempotentRequests.Response(HttpStatus.OK.value(), new ImportReceipt(parsed.commands().size(), cities,
                    parsed.commands().size() - cities, CorrelationIdFilter.current(), now), null, null);
        });
    }

    @ExceptionHandler(SheetRejected.class)
    ResponseEntity<Object> rejected(SheetRejected e) {
        List<RowError> rows = e.errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
        List<FieldError> errors = rows.stream().map(r -> new FieldError("rows[" + r.row() + "]." + r.field(), r.reason())).toList();
        ProblemDetail problem = Problems.body(ProblemType.INVALID_FIELD, errors);
        problem.setProperty("rows", rows);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(SheetUnreadable.class)
    ResponseEntity<Object> unreadable(SheetUnreadable e) {
        return rejected(new SheetRejected(List.of(new RowError(e.row(), "file", e.getMessage()))));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
