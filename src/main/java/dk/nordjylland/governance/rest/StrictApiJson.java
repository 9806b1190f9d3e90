package dk.nordjylland.governance.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Issue 15: a field our API does not know (a typo, or one it ignores) is refused with a 400 naming it, instead of
 * being silently dropped while the answer says 201. Only Spring MVC's JSON reader (our /api) is made strict: a copy
 * of the shared ObjectMapper, so code that reads other JSON with it, and Camunda's engine REST (Jersey, its own
 * ObjectMapper), keep their rules.
 */
@Configuration
class StrictApiJson implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter json) {
        json.setObjectMapper(json.getObjectMapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES));
      }
    }
  }
}
