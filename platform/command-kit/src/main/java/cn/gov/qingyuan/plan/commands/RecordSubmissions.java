package cn.gov.qingyuan.plan.commands;

import org.springframework.http.ResponseEntity;

import java.util.function.Function;

/** The submission path for one kind of record: what a controller holds, from {@link CommandSubmissions#of}. */
public final class RecordSubmissions {

    private final CommandSubmissions submissions;
    private final RecordKind<?, ?> kind;

    RecordSubmissions(CommandSubmissions submissions, RecordKind<?, ?> kind) {
        this.submissions = submissions;
        this.kind = kind;
    }

    /** Creates record {@code id}; answers 201 with its address as {@code Location} and version 0. */
    public ResponseEntity<String> create(String id, Object request, Function<Submission, ?> command) {
        return submissions.submit(kind, id, request, command, true);
    }

    /** Changes record {@code id}, checking {@code If-Match}; answers 201 with the version after the change. */
    public ResponseEntity<String> change(String id, Object request, Function<Submission, ?> command) {
        return submissions.submit(kind, id, request, command, false);
    }
}
