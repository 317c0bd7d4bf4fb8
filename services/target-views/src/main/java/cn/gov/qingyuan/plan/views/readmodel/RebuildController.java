package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The operators' calls for a blue/green rebuild of the views ({@code make replay}, docs/target-views.md). */
@RestController
@RequestMapping("/api/operations/rebuilds")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Rebuild every view into a new database beside the live ones, from the start of the topics (source=kafka)"
            + " or from the command services' event stores (source=stores)")
    @PostMapping
    ResponseEntity<Rebuild.Status> start(@RequestParam(defaultValue = "kafka") String source,
                                         @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        operator();
        Rebuild.Status started = rebuilds.start(Rebuilds.Source.parse(source), authorization);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/operations/rebuilds/" + started.id())).body(started);
    }

    @Operation(summary = "A rebuild's state (replaying, caught-up, switched, failed), records read of the total, rate")
    @GetMapping("/{id}")
    Rebuild.Status status(@PathVariable String id) {
        operator();
        return rebuilds.status(id);
    }

    @Operation(summary = "Every field in which a rebuilt view differs from the live one (none: they are equal)")
    @GetMapping("/{id}/differences")
    Rebuilds.Comparison differences(@PathVariable String id) {
        operator();
        return rebuilds.differences(id);
    }

    @Operation(summary = "Switch readers to a caught-up rebuild; its replay becomes the writer of the views")
    @PostMapping("/{id}/switch")
    Rebuild.Status switchTo(@PathVariable String id) {
        operator();
        return rebuilds.switchTo(id);
    }

    private static void operator() {
        if (Submitter.current().role() != Role.OPERATOR) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", "only the operator role may rebuild the views");
        }
    }
}
