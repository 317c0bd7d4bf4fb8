package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import cn.gov.qingyuan.plan.commands.CommandSubmissions;
import cn.gov.qingyuan.plan.commands.RecordKind;
import cn.gov.qingyuan.plan.commands.RecordSubmissions;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.targets.command.RowsRefused;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.ImportTargets;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import cn.gov.qingyuan.plan.targets.command.TargetsInForce;
import cn.gov.qingyuan.plan.targets.input.RowError;
import cn.gov.qingyuan.plan.targets.input.TargetInputs;
import cn.gov.qingyuan.plan.targets.input.TargetSheets;
import cn.gov.qingyuan.plan.targets.sheet.SheetBounds;
import cn.gov.qingyuan.plan.targets.sheet.SheetOverBound;
import cn.gov.qingyuan.plan.targets.sheet.SheetUnreadable;
import cn.gov.qingyuan.plan.targets.sheet.Sheets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Many city targets and county splits at once, from a CSV or XLSX file (the format of {@code seed/plan-targets.csv}):
 * the way the plan's real annexes get in. All or nothing: every row is checked, by the same rules as the JSON API and
 * then by the aggregates themselves, in one submission through the command kit (role, {@code Idempotency-Key}, one
 * transaction); if any row is bad the answer lists every bad row by its number and column, and nothing of the file is
 * recorded.
 */
@RestController
class ImportController {

    static final String PATH = "/api/targets/imports";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    record ImportReceipt(int rows, long cityTargets, long allocations, String correlationId, Instant submittedAt) {
    }

    private final RecordSubmissions imports;
    private final TargetSheets sheets;
    private final SheetBounds bounds;
    private final ObjectMapper json;

    ImportController(CommandSubmissions submissions, TargetInputs inputs, TargetSheets sheets, SheetBounds bounds, ObjectMapper json) {
        // A file is no record: this kind only names the submission to the kit (writer, key, messages). Its address keeps
        // answering as the unknown indicator 'imports' it always was: no state read, and a history refused 400.
        this.imports = submissions.of(RecordKind.of("import", ReportingDomain.PLAN_TARGETS, PlanTargetEvent.class, TargetsInForce.FOLD).id("import").at(PATH)
                .writtenBy(Role.PLANNER).coveredBy((unit, targets) -> true).stateReadByService()
                .idFromAddress(address -> inputs.indicator("imports").code().value()).build());
        this.sheets = sheets;
        this.bounds = bounds;
        this.json = json;
    }

    @Operation(summary = "Import city targets and county splits from a CSV (text/csv) or XLSX body; all rows or none")
    @PostMapping(path = PATH, consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Object> importBody(@RequestBody(required = false) byte[] content) {
        return importFile(content == null ? new byte[0] : content);
    }

    @Operation(summary = "Import city targets and county splits from an uploaded CSV or XLSX file (form field 'file'); all rows or none")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importUpload(@RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ApiProblem.invalid("file", "send the CSV or XLSX file as the form field 'file'");
        }
        try {
            return importFile(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A refused file answers 400 listing every bad row by its number and column; one beyond a bound of what an import
     * reads answers 413 (too large) or 400 (too many rows or cells, a zip bomb) naming {@code file}. Nothing of it is recorded.
     */
    private ResponseEntity<Object> importFile(byte[] content) {
        TargetSheets.Parsed parsed;
        try {
            parsed = sheets.parse(Sheets.read(content, bounds), false);
        } catch (SheetOverBound e) {
            throw new ApiProblem(e.tooLarge() ? ProblemType.PAYLOAD_TOO_LARGE : ProblemType.INVALID_FIELD, "file", e.getMessage());
        } catch (SheetUnreadable e) {
            return rejected(List.of(new RowError(e.row(), "file", e.getMessage())));
        }
        List<ImportTargets.Row> rows = parsed.commands().stream().map(row -> new ImportTargets.Row(row.row(), row.command())).toList();
        ResponseEntity<String> submitted;
        try {
            submitted = imports.change("import", content, s -> new ImportTargets(rows, !parsed.errors().isEmpty()));
        } catch (RowsRefused e) {
            List<RowError> errors = new ArrayList<>(parsed.errors());
            e.refusals().forEach((row, rule) -> errors.add(new RowError(row, TargetSheets.column(rule.field()), rule.getMessage())));
            return rejected(errors);
        }
        // The kit's receipt names one record; a file's says what it held, at 200 as always, with the kit's correlation and time.
        JsonNode receipt = read(submitted.getBody());
        long cities = rows.stream().filter(row -> row.command() instanceof SetCityTarget).count();
        return ResponseEntity.ok().headers(headers -> {
            headers.putAll(submitted.getHeaders());
            headers.remove("ETag");
        }).body(new ImportReceipt(rows.size(), cities, rows.size() - cities, receipt.get("correlationId").asText(),
                Instant.parse(receipt.get("submittedAt").asText())));
    }

    private static ResponseEntity<Object> rejected(List<RowError> refused) {
        List<RowError> rows = refused.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
        List<FieldError> errors = rows.stream().map(r -> new FieldError("rows[" + r.row() + "]." + r.field(), r.reason())).toList();
        ProblemDetail problem = Problems.body(ProblemType.INVALID_FIELD, errors);
        problem.setProperty("rows", rows);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
