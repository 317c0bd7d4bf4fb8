package cn.gov.qingyuan.plan.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;

/** A response as a test sees it: status, headers, and the body as JSON (null when empty or not JSON). */
public record HttpResult(int status, HttpHeaders headers, String text, JsonNode json) {

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
