package dk.nordjylland.governance.item;

import org.springframework.stereotype.Component;

/**
 * The three use cases of revising a sent agenda (ADR 0058), handed together to the page and the API that offer all
 * three, so each caller stays within its constructor budget.
 */
@Component
public record AgendaRevisionUseCases(LateItemAddition lateItems, AgendaItemWithdrawal withdrawal,
    RevisedAgendaSending sending) {}
