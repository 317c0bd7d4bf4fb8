package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Collection;

/** The reference data a submission is checked against. */
@RestController
class ReferenceController {

    private final Parks parks;

    ReferenceController(Parks parks) {
        this.parks = parks;
    }

    @GetMapping("/api/parks")
    Collection<Park> parks() {
        return parks.all();
    }
}
