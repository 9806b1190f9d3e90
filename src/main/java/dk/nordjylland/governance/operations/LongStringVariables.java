package dk.nordjylland.governance.operations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Texts longer than the engine's string column (TEXT_ varchar(4000) in ACT_RU_VARIABLE, ACT_HI_VARINST and
 * ACT_HI_DETAIL) are stored in the engine's byte array table instead (issue 15, ADR 0032). Without this a start form
 * or task form with a longer text (the proposal's "Sagsfremstilling" allows 30,000 characters) failed at the flush
 * with a 500 "An exception occurred in the persistence layer", before any of our validation could answer. A form
 * cannot choose a variable type and history level full keeps every submitted value (ACT_HI_VARINST, ACT_HI_DETAIL)
 * even when a delegate removes the variable before the flush, so the engine itself must be able to store the value. The variable stays a String
 * to every reader (REST, Tasklist, Cockpit, delegates); only the serializer's name in TYPE_ differs. The limits that
 * hold are then our own: each use case checks the length its form announces (validation.Problems#maxLength).
 */
@Component
class LongStringVariables extends AbstractProcessEnginePlugin {

  /** Characters: TEXT_ is varchar(4000) on H2 and PostgreSQL, both count characters. */
  static final int TEXT_COLUMN_LENGTH = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreVariableSerializers() == null) {
      configuration.setCustomPreVariableSerializers(new ArrayList<>());
    }
    // A pre-serializer is asked before Camunda's own StringValueSerializer, which would take any string.
    configuration.getCustomPreVariableSerializers().add(new Serializer());
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new FormFieldHistory());
    }
  }

  /**
   * A submitted form also writes each text field as a "form property" to ACT_HI_DETAIL.TEXT_, as plain text whatever
   * its variable's serializer. The full value is in the variable's own history (ACT_HI_VARINST and the variable
   * update in ACT_HI_DETAIL, both through {@link Serializer}); the form property keeps the beginning of a longer
   * text, marked as shortened, so that the submit does not fail.
   */
  static final class FormFieldHistory extends CacheAwareHistoryEventProducer {

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
        String taskId) {
      return super.createFormPropertyUpdateEvt(execution, propertyId, shortened(propertyValue), taskId);
    }

    static String shortened(String value) {
      if (value == null || value.length() <= TEXT_COLUMN_LENGTH) {
        return value;
      }
      int end = TEXT_COLUMN_LENGTH - 1;
      // Never half a character outside the Basic Multilingual Plane.
      return value.substring(0, Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end) + "…";
    }
  }

  /** Takes only the strings the text column cannot hold; shorter ones stay with Camunda's own serializer. */
  static final class Serializer extends PrimitiveValueSerializer<StringValue> {

    static final String NAME = "longString";

    Serializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value != null && value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean isTransient) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), isTransient);
    }
  }
}
