package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.eventing.ChainVerifier;
import cn.gov.qingyuan.plan.eventing.Integrity;
import cn.gov.qingyuan.plan.eventing.Integrity.Head;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether this service's history is as it was written: a walk of its event chain, for auditors (docs/audit.md). */
@RestController
class IntegrityController {

    private final ChainVerifier verifier;

    IntegrityController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** @param head a head kept earlier, {@code <position>:<link>}: the chain must still extend it */
    @GetMapping("/api/audit/integrity")
    Integrity integrity(@RequestParam(required = false) String head) {
        if (Submitter.current().role() != Role.AUDITOR) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Authorization", "only the auditor role may verify the history");
        }
        Head held = null;
        if (head != null) {
            try {
                held = Head.parse(head);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("head", e.getMessage());
            }
        }
        return verifier.verify(held);
    }
}
