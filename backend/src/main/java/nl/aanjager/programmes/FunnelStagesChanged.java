package nl.aanjager.programmes;

/** Fired when a programme's stages were reordered or removed: positions changed. */
public record FunnelStagesChanged(long programmeId) {
}
