package cn.gov.qingyuan.plan.views.pack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar audit-verifier.jar <pack.zip>}: checks an audit pack offline ({@link PackCheck}) and prints what it
 * checked and what it found. Exit status 0 when the pack verifies, 1 when it does not, 2 for a wrong invocation.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static void main(String[] arguments) {
        if (arguments.length != 1 || !Files.isRegularFile(Path.of(arguments[0]))) {
            System.err.println("usage: java -jar audit-verifier.jar <audit-pack.zip>   (GET /api/audit/export?until=<instant> gives one)");
            System.exit(2);
        }
        PackCheck.Verdict verdict = PackCheck.of(Path.of(arguments[0]));
        verdict.report().forEach(System.out::println);
        verdict.problems().forEach(problem -> System.out.println("PROBLEM " + problem));
        System.out.println(verdict.verified() ? "VERIFIED: every chain is intact and every view is what the events give"
                : "NOT VERIFIED: " + verdict.problems().size() + " problem(s) above");
        System.exit(verdict.verified() ? 0 : 1);
    }
}
