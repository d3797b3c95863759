package nl.aanjager.activities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import nl.aanjager.funnel.StageCreditSource;
import nl.aanjager.funnel.StageSource;

/** An activity as the reason for a stage recorded by hand: its partner owns it. */
@ApplicationScoped
public class ActivityCreditSource implements StageCreditSource {
    @Inject
    ActivityRepository activities;

    @Override
    public StageSource kind() {
        return StageSource.ACTIVITY;
    }

    @Override
    public Optional<Set<Long>> ownersAt(long sourceId, long companyId) {
        return activities.findByIdOptional(sourceId).filter(activity -> activity.companyId == companyId)
                .map(activity -> Set.of(activity.partnerId));
    }
}
