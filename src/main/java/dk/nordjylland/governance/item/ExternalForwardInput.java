package dk.nordjylland.governance.item;

/** An item of the meeting sent on to a body outside the collaboration (issue 15): the body's id in master data. */
public record ExternalForwardInput(Long itemId, String externalBodyId) {}
