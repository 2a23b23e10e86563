package dev.showroom.lead.campaign;

import dev.showroom.lead.prospect.Lead;
import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Leads pointing to a campaign: staff name one of their dealer's campaigns (another id is a 400 naming the
 * field); the public form's campaign is taken when it is the dealer's and ignored otherwise (a stale link on a
 * poster must not turn a customer away). A lead keeps the first campaign it was captured for.
 */
@ApplicationScoped
public class Campaigns {

    /** The campaign id when it names one of the caller's dealer's campaigns; null for none; else 400 on field. */
    public UUID require(UUID campaignId, String field) {
        if (campaignId != null && Campaign.findById(campaignId) == null) {
            throw ProblemException.invalid(field, "knownCampaign", field + " must name a campaign of the dealer");
        }
        return campaignId;
    }

    /** The campaign id when it names one of the dealer's campaigns (the dealer of the current context), else null. */
    public UUID known(UUID campaignId) {
        return campaignId != null && Campaign.findById(campaignId) != null ? campaignId : null;
    }

    /** The lead points to the campaign unless it already points to one (the first campaign keeps the lead). */
    public void attribute(Lead lead, UUID campaignId) {
        if (campaignId != null && lead.campaignId == null) {
            lead.campaignId = campaignId;
        }
    }
}
