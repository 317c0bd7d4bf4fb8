package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.http.ApiProblem;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** The park a path names, from the shared reference data; an unknown one is a 404 on {@code parkId}. */
@Component
class ParkReference {

    private final Parks parks;

    ParkReference(Parks parks) {
        this.parks = parks;
    }

    Park park(String parkId) {
        return parks.find(parkId).orElseThrow(() -> ApiProblem.notFound("parkId", "unknown park '" + parkId + "'; known parks: "
                + parks.all().stream().map(Park::id).collect(Collectors.joining(", "))));
    }
}
