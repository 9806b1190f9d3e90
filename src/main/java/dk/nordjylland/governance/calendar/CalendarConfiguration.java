package dk.nordjylland.governance.calendar;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class CalendarConfiguration {

  @Bean
  @ConfigurationPropertiesBinding
  static MonthDayConverter monthDayConverter() {
    return new MonthDayConverter();
  }

  /**
   * Spring has no built-in String to MonthDay conversion, and {@code MonthDay.parse} wants the
   * unfriendly ISO form {@code --12-24}; accept both that and {@code 12-24}. A named class rather
   * than a lambda so that Spring can see the generic types.
   */
  static final class MonthDayConverter implements Converter<String, MonthDay> {

    @Override
    public MonthDay convert(String text) {
      String trimmed = text.trim();
      return MonthDay.parse(trimmed.startsWith("--") ? trimmed : "--" + trimmed);
    }
  }
}
