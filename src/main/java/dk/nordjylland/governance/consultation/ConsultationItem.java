package dk.nordjylland.governance.consultation;

import java.time.LocalDateTime;

/** An agenda item that put the replies of a consultation before a forum. */
public record ConsultationItem(long itemId, String forumId, LocalDateTime createdAt) {}
