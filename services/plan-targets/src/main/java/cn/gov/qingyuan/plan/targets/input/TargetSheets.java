package cn.gov.qingyuan.plan.targets.input;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import cn.gov.qingyuan.plan.targets.sheet.SheetRow;
import cn.gov.qingyuan.plan.targets.sheet.SheetTable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads an import sheet (CSV or XLSX, one format) into commands, row by row, with the same checks as the JSON API:
 * each row becomes a {@link CityTargetInput} or an {@link AllocationInput}, goes through Bean Validation and then
 * {@link TargetInputs}. Every problem of every row is collected, so a planner fixes the whole file in one go.
 * <p>
 * Columns: {@code kind} ({@code city} or {@code allocation}), {@code indicator}, {@code period}; for city rows
 * {@code comparator}, {@code value}, {@code provenance}, {@code source}; for allocation rows one column per county,
 * {@code issued_on}, {@code provenance}, {@code mismatch_reason} (accepts a split that does not add up), {@code note}.
 */
@Component
public class TargetSheets {

    static final String KIND = "kind";
    static final String INDICATOR = "indicator";
    static final String PERIOD = "period";
    static final String COMPARATOR = "comparator";
    static final String VALUE = "value";
    static final String ISSUED_ON = "issued_on";
    static final String PROVENANCE = "provenance";
    static final String MISMATCH_REASON = "mismatch_reason";
    static final String SOURCE = "source";
    static final String NOTE = "note";
    static final List<String> REQUIRED = List.of(KIND, INDICATOR, PERIOD);
    static final List<String> COLUMNS = Stream.of(List.of(KIND, INDICATOR, PERIOD, COMPARATOR, VALUE),
            Arrays.stream(County.values()).map(County::code).toList(),
            List.of(ISSUED_ON, PROVENANCE, MISMATCH_REASON, SOURCE, NOTE)).flatMap(List::stream).toList();
    private static final List<String> CITY_ONLY = List.of(COMPARATOR, VALUE, SOURCE);
    private static final List<String> ALLOCATION_ONLY = Stream.concat(Arrays.stream(County.values()).map(County::code),
            Stream.of(ISSUED_ON, MISMATCH_REASON, NOTE)).toList();

    /** The commands of the valid rows, city targets before allocations (a split is checked against its city target). */
    public record Parsed(List<RowCommand> commands, List<RowError> errors) {
    }

    private final TargetInputs inputs;
    private final Validator validator;

    TargetSheets(TargetInputs inputs, Validator validator) {
        this.inputs = inputs;
        this.validator = validator;
    }

    public Parsed parse(SheetTable table, boolean onlyIfAbsent) {
        List<RowError> errors = new ArrayList<>(columnErrors(table));
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        if (table.rows().isEmpty()) {
            return new Parsed(List.of(), List.of(new RowError(table.headerRow() + 1, KIND, "the file has no rows under its header")));
        }
        List<RowCommand> commands = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            Object command = command(row, onlyIfAbsent, rowErrors);
            if (rowErrors.isEmpty()) {
                commands.add(new RowCommand(row.number(), command));
            }
            errors.addAll(rowErrors);
        }
        commands.sort(Comparator.comparing(c -> c.command() instanceof SetCityTarget ? 0 : 1));
        return new Parsed(commands, errors);
    }

    private static List<RowError> columnErrors(SheetTable table) {
        List<RowError> errors = new ArrayList<>();
        for (String column : table.columns()) {
            if (!column.isEmpty() && !COLUMNS.contains(column)) {
                errors.add(new RowError(table.headerRow(), column, "unknown column; the columns are " + String.join(", ", COLUMNS)));
            }
        }
        for (String column : REQUIRED) {
            if (!table.columns().contains(column)) {
                errors.add(new RowError(table.headerRow(), column, "the header has no '" + column + "' column"));
            }
        }
        return errors;
    }

    private Object command(SheetRow row, boolean onlyIfAbsent, List<RowError> errors) {
        String kind = row.cell(KIND).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "city" -> {
                blank(row, ALLOCATION_ONLY, "city", errors);
                CityTargetInput input = new CityTargetInput(parse(row, VALUE, BigDecimal::new, "a number", errors),
                        parse(row, COMPARATOR, text -> TargetComparator.valueOf(text.toUpperCase(Locale.ROOT)), "one of " + Arrays.toString(TargetComparator.values()), errors),
                        provenance(row, errors), row.cell(SOURCE));
                yield checked(row, input, errors, () -> inputs.cityTarget(row.cell(INDICATOR), row.cell(PERIOD), input, onlyIfAbsent, null));
            }
            case "allocation" -> {
                blank(row, CITY_ONLY, "allocation", errors);
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (County county : County.values()) {
                    if (row.cell(county.code()).isEmpty()) {
                        errors.add(new RowError(row.number(), county.code(), "must not be blank: a county split names all 8 counties"));
                    } else {
                        values.put(county.code(), parse(row, county.code(), BigDecimal::new, "a number", errors));
                    }
                }
                String reason = row.cell(MISMATCH_REASON);
                AllocationInput input = new AllocationInput(values, parse(row, ISSUED_ON, LocalDate::parse, "a date YYYY-MM-DD", errors),
                        provenance(row, errors), row.cell(NOTE), !reason.isEmpty(), reason);
                yield checked(row, input, errors, () -> inputs.allocation(row.cell(INDICATOR), row.cell(PERIOD), input, onlyIfAbsent, null));
            }
            default -> {
                errors.add(new RowError(row.number(), KIND, "'" + row.cell(KIND) + "' is not 'city' or 'allocation'"));
                yield null;
            }
        };
    }

    /** Bean Validation and the reference checks, once the cells could be read at all. */
    private Object checked(SheetRow row, Object input, List<RowError> errors, java.util.function.Supplier<Object> command) {
        for (ConstraintViolation<Object> violation : validator.validate(input)) {
            String column = column(violation.getPropertyPath().toString());
            // A cell that could not be read is already reported; its null would only add "must not be null".
            if (errors.stream().noneMatch(e -> e.field().equals(column))) {
                errors.add(new RowError(row.number(), column, violation.getMessage()));
            }
        }
        try {
            Object result = command.get();
            return errors.isEmpty() ? result : null;
        } catch (ApiProblem problem) {
            for (FieldError error : problem.errors()) {
                String column = column(error.field());
                // "missing counties" repeats the blank county cells already reported by column.
                if (!(column.equals("values") && !errors.isEmpty())) {
                    errors.add(new RowError(row.number(), column, error.reason()));
                }
            }
            return null;
        }
    }

    /** The column a field of the JSON-shaped input came from. */
    public static String column(String field) {
        if (field.startsWith("values[")) {
            return field.substring("values[".length(), field.indexOf(']'));
        }
        if (field.startsWith("values.")) {
            return field.substring("values.".length());
        }
        return switch (field) {
            case "issuedOn" -> ISSUED_ON;
            case "reason" -> MISMATCH_REASON;
            case "year" -> PERIOD;
            default -> field;
        };
    }

    private static Provenance provenance(SheetRow row, List<RowError> errors) {
        return parse(row, PROVENANCE, text -> Provenance.valueOf(text.toUpperCase(Locale.ROOT)), "PLAN or SAMPLE", errors);
    }

    private static <T> T parse(SheetRow row, String column, Function<String, T> parser, String expected, List<RowError> errors) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new RowError(row.number(), column, "'" + text + "' is not " + expected));
            return null;
        }
    }

    private static void blank(SheetRow row, List<String> columns, String kind, List<RowError> errors) {
        for (String column : columns) {
            if (!row.cell(column).isEmpty()) {
                errors.add(new RowError(row.number(), column, "must be blank on a " + kind + " row"));
            }
        }
    }
}
