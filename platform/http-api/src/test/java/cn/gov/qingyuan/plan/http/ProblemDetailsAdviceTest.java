package cn.gov.qingyuan.plan.http;

import cn.gov.qingyuan.plan.contracts.County;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.format.support.DefaultFormattingConversionService;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every way a request can go wrong answers problem+json with a stable type, the field and the reason. */
class ProblemDetailsAdviceTest {

    record Body(@NotNull County county, @NotNull Integer count) {
    }

    @RestController
    static class Api {
        @PostMapping("/body")
        String body(@Valid @RequestBody Body body) {
            return "ok";
        }

        @GetMapping("/counties/{county}")
        String county(@PathVariable County county) {
            return county.code();
        }

        @GetMapping("/down")
        String down() {
            throw new DataAccessResourceFailureException("connection refused");
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    private final MockMvc mvc = mvc();

    private static MockMvc mvc() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        new ContractConverters().addFormatters(conversions);
        MappingJackson2HttpMessageConverter json = new MappingJackson2HttpMessageConverter(
                Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true).build());
        return MockMvcBuilders.standaloneSetup(new Api()).setControllerAdvice(new ProblemDetailsAdvice())
                .setConversionService(conversions).setMessageConverters(json).build();
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"county\":\"yingde\",\"count\":1,\"extra\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:qingyuan-plan:problem:unknown-field"))
                .andExpect(jsonPath("$.field").value("extra"));
    }

    @Test
    void aWrongTypeIsNamedWithWhatWasExpected() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"county\":\"yingde\",\"count\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:qingyuan-plan:problem:invalid-field"))
                .andExpect(jsonPath("$.field").value("count"))
                .andExpect(jsonPath("$.reason").value("'many' is not a valid number"));
    }

    @Test
    void malformedJsonIsABodyProblem() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"county\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:qingyuan-plan:problem:malformed-json"))
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void everyMissingFieldIsListed() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[1].field").value("county"));
    }

    @Test
    void aBadPathParameterIsNamedWithTheContractsReason() throws Exception {
        mvc.perform(get("/counties/atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("county"))
                .andExpect(jsonPath("$.reason").value("unknown county 'atlantis'; expected one of " + County.codes()));
        mvc.perform(get("/counties/QINGXIN")).andExpect(status().isOk()).andExpect(jsonPath("$").value("qingxin"));
    }

    @Test
    void anUnreachableStoreIs503WithRetryAfter() throws Exception {
        mvc.perform(get("/down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:qingyuan-plan:problem:unavailable"));
    }

    @Test
    void aBugIs500WithoutItsInternals() throws Exception {
        mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:qingyuan-plan:problem:internal-error"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }
}
