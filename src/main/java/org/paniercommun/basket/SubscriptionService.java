package org.paniercommun.basket;

import org.paniercommun.access.ObjectKind;
import org.paniercommun.access.Scope;
import org.paniercommun.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paniercommun.account.UserAccount;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.basket.BasketSetupService.SchemeView;
import org.paniercommun.household.Household;
import org.paniercommun.household.HouseholdService;
import org.paniercommun.household.HouseholdService.HouseholdCommand;
import org.paniercommun.organisation.RelayPoint;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;

/**
 * Referrals by social referrers and the subscriptions that start from them. A referrer only ever sees the
 * households it referred: anything else answers "not found", so it cannot even learn that a household exists.
 */
@ApplicationScoped
class SubscriptionService {

    /** A subscription lasts two years unless an end date is given (the accompaniment lasts about two years). */
    public static final int DEFAULT_YEARS = 2;

    @Inject
    EntityManager em;

    @Inject
    BasketSetupService setup;

    @Inject
    HouseholdService households;

    @Inject
    AuditLog audit;

    /** Who asks: the coordinator sees everything, a referrer only its own referrals, a household its own subscription. */
    public record Viewer(String login, boolean coordinator, boolean referrer) {
    }

    /** A household registered by the referrer at the same time (no e-mail or proof needed). */
    public record NewHousehold(String displayName, Integer peopleCount, String phone, Long groupId, Long relayPointId) {
    }

    public record ReferralCommand(Long householdId, NewHousehold newHousehold, String structure, String condition,
            LocalDate checkedOn) {
    }

    public record ReferralView(long id, long householdId, String household, String referrer, String structure,
            String condition, LocalDate checkedOn, List<SubscriptionView> subscriptions) {
    }

    public record SubscriptionCommand(Long referralId, Long offerId, Long schemeId, Long relayPointId,
            LocalDate startOn, LocalDate endOn) {
    }

    public record PauseCommand(LocalDate fromOn, LocalDate toOn, String reason) {
    }

    public record PauseView(long id, LocalDate fromOn, LocalDate toOn, String reason) {
    }

    public record StopCommand(LocalDate on, String reason) {
    }

    public record SubscriptionView(long id, long referralId, long householdId, String household, long offerId,
            String offer, String size, long valueCents, long schemeId, String scheme, String schemeSummary,
            long householdShareCents, long relayPointId, String relayPoint, LocalDate startOn, LocalDate endOn,
            String status, String statusLabel, LocalDate stoppedOn, String stopReason, List<PauseView> pauses,
            long version) {
    }

    // ---- referrals ----

    /**
     * Records a referral. A referrer registers the household at the same time ({@code newHousehold}); an existing
     * household ({@code householdId}) can be referred by a coordinator, or again by a referrer who referred it
     * before (renewal), so that a referrer never learns about households it does not follow.
     */
    @Transactional
    public ReferralView refer(ReferralCommand command, Viewer viewer) {
        String referrerLogin = viewer.login();
        if (command == null) {
            throw new InvalidInputException("condition", BasketTexts.get().error_condition_required());
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.condition() == null || command.condition().isBlank() || command.condition().length() > 300) {
            errors.add(new FieldError("condition", BasketTexts.get().error_condition_invalid()));
        }
        if (command.checkedOn() == null) {
            errors.add(new FieldError("checkedOn", BasketTexts.get().error_checked_on_required()));
        } else if (command.checkedOn().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new FieldError("checkedOn", BasketTexts.get().error_checked_on_future()));
        }
        if (command.structure() != null && command.structure().length() > 160) {
            errors.add(new FieldError("structure", BasketTexts.get().error_max_160()));
        }
        if (command.householdId() == null && command.newHousehold() == null) {
            errors.add(new FieldError("householdId", BasketTexts.get().error_household_required()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Household household;
        if (command.householdId() != null) {
            if (!viewer.coordinator() && Referral.count("householdId = ?1 and referrerId = ?2", command.householdId(),
                    accountId(viewer.login())) == 0 || !Scope.reachesNow(ObjectKind.HOUSEHOLD, command.householdId())) {
                throw new NotFoundException(BasketTexts.get().error_household_not_found());
            }
            household = households.household(command.householdId());
            if (household.erased()) {
                throw new ConflictException(BasketTexts.get().error_household_erased());
            }
        } else {
            NewHousehold n = command.newHousehold();
            // Tier 1: households referred for solidarity baskets are in food insecurity.
            household = households.register(new HouseholdCommand(n.displayName(), n.peopleCount() == null ? 1
                    : n.peopleCount(), null, n.phone(), n.groupId(), n.relayPointId(), 1), null);
        }
        UserAccount referrer = UserAccount.findByLogin(referrerLogin).orElseThrow();
        Referral referral = new Referral();
        referral.householdId = household.id;
        referral.referrerId = referrer.id;
        referral.structure = command.structure() == null || command.structure().isBlank() ? null
                : command.structure().trim();
        referral.condition = command.condition().trim();
        referral.checkedOn = command.checkedOn();
        referral.persist();
        audit.record("BASKET_REFERRAL", "foyer " + household.id, "orienté : " + referral.condition);
        return referralView(referral);
    }

    /** HQL of the households of some antennas (?1). */
    private static final String HOUSEHOLDS_OF_ANTENNAS = "select h.id from Household h where h.group.antenna.id in ?1";

    private static java.util.Set<Long> coordinatedAntennas() {
        Scope.GroupFilter staff = Scope.staffFilterNow();
        return staff == null ? null : staff.antennaIds();
    }

    public List<ReferralView> referrals(Viewer viewer) {
        java.util.Set<Long> antennas = coordinatedAntennas();
        List<Referral> referrals = viewer.coordinator() ? (antennas == null
                ? Referral.list("order by createdAt desc, id desc")
                : Referral.list("householdId in (" + HOUSEHOLDS_OF_ANTENNAS + ") order by createdAt desc, id desc",
                        antennas))
                : Referral.list("referrerId = ?1 order by createdAt desc, id desc", accountId(viewer.login()));
        return referrals.stream().map(this::referralView).toList();
    }

    public ReferralView referral(long id, Viewer viewer) {
        return referralView(requireReferral(id, viewer));
    }

    Referral requireReferral(long id, Viewer viewer) {
        Referral referral = Referral.findById(id);
        if (referral == null || (!viewer.coordinator() && referral.referrerId != accountId(viewer.login()))) {
            throw new NotFoundException(BasketTexts.get().error_referral_not_found());
        }
        return referral;
    }

    // ---- subscriptions ----

    @Transactional
    public SubscriptionView subscribe(SubscriptionCommand command, Viewer viewer) {
        if (command == null || command.referralId() == null) {
            throw new InvalidInputException("referralId", BasketTexts.get().error_referral_required());
        }
        Referral referral = requireReferral(command.referralId(), viewer);
        Scope.requireField("offerId", ObjectKind.BASKET_OFFER, command.offerId());
        Scope.requireField("relayPointId", ObjectKind.RELAY_POINT, command.relayPointId());
        List<FieldError> errors = new ArrayList<>();
        BasketOffer offer = command.offerId() == null ? null : BasketOffer.findById(command.offerId());
        if (offer == null) {
            errors.add(new FieldError("offerId", BasketTexts.get().error_offer_required()));
        } else if (!offer.active) {
            errors.add(new FieldError("offerId", Texts.of(BasketMessages.class).error_offer_withdrawn()));
        }
        if (command.schemeId() == null || FundingScheme.findById(command.schemeId()) == null) {
            errors.add(new FieldError("schemeId", BasketTexts.get().error_scheme_required()));
        }
        if (command.startOn() == null) {
            errors.add(new FieldError("startOn", BasketTexts.get().error_start_required()));
        }
        LocalDate end = command.endOn() != null ? command.endOn()
                : command.startOn() == null ? null : command.startOn().plusYears(DEFAULT_YEARS);
        if (end != null && command.startOn() != null && end.isBefore(command.startOn())) {
            errors.add(new FieldError("endOn", BasketTexts.get().error_end_before_start()));
        }
        Long relay = command.relayPointId();
        if (offer != null) {
            List<Long> allowed = setup.relayPoints(offer.id).stream().map(BasketSetupService.Ref::id).toList();
            if (relay == null && allowed.size() == 1) {
                relay = allowed.get(0);
            }
            if (relay == null || !allowed.contains(relay)) {
                errors.add(new FieldError("relayPointId", BasketTexts.get().error_relay_point_of_offer()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long overlapping = Subscription.count("householdId = ?1 and status = ?2 and offerId = ?3 and endOn >= ?4",
                referral.householdId, Subscription.Status.ACTIVE, offer.id, command.startOn());
        if (overlapping > 0) {
            throw new ConflictException(BasketTexts.get().error_subscription_exists());
        }
        Subscription s = new Subscription();
        s.referralId = referral.id;
        s.householdId = referral.householdId;
        s.offerId = offer.id;
        s.schemeId = command.schemeId();
        s.relayPointId = relay;
        s.startOn = command.startOn();
        s.endOn = end;
        s.persist();
        audit.record("BASKET_SUBSCRIBED", "abonnement " + s.id, "foyer " + s.householdId + ", offre " + offer.name
                + ", du " + org.paniercommun.kernel.Dates.day(s.startOn) + " au " + org.paniercommun.kernel.Dates.day(s.endOn));
        return view(s);
    }

    @Transactional
    public SubscriptionView pause(long subscriptionId, PauseCommand command, Viewer viewer) {
        Subscription s = requireSubscription(subscriptionId, viewer);
        if (command == null || command.fromOn() == null || command.toOn() == null) {
            throw new InvalidInputException("fromOn", BasketTexts.get().error_pause_bounds_required());
        }
        if (command.toOn().isBefore(command.fromOn())) {
            throw new InvalidInputException("toOn", BasketTexts.get().error_pause_order());
        }
        if (command.reason() != null && command.reason().length() > 160) {
            throw new InvalidInputException("reason", BasketTexts.get().error_max_160());
        }
        if (s.status == Subscription.Status.STOPPED) {
            throw new ConflictException(BasketTexts.get().error_subscription_stopped());
        }
        Number planned = (Number) em.createNativeQuery("select count(*) from basket_handouts h join basket_deliveries d "
                + "on d.id = h.delivery_id where h.subscription_id = :s and h.status <> 'WAITING' and d.delivery_date "
                + "between :f and :t").setParameter("s", s.id).setParameter("f", command.fromOn())
                .setParameter("t", command.toOn()).getSingleResult();
        if (planned.longValue() > 0) {
            throw new ConflictException(BasketTexts.get().error_pause_handouts_done());
        }
        SubscriptionPause pause = new SubscriptionPause();
        pause.subscriptionId = s.id;
        pause.fromOn = command.fromOn();
        pause.toOn = command.toOn();
        pause.reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().trim();
        pause.persist();
        // Baskets already planned in the pause and not handed out are withdrawn.
        removeWaiting(s.id, command.fromOn(), command.toOn());
        return view(s);
    }

    @Transactional
    public SubscriptionView stop(long subscriptionId, StopCommand command, Viewer viewer) {
        Subscription s = requireSubscription(subscriptionId, viewer);
        if (command == null || command.on() == null) {
            throw new InvalidInputException("on", BasketTexts.get().error_stop_date_required());
        }
        if (command.reason() != null && command.reason().length() > 300) {
            throw new InvalidInputException("reason", BasketTexts.get().error_max_300());
        }
        s.stop(command.on(), command.reason() == null || command.reason().isBlank() ? null : command.reason().trim());
        removeWaiting(s.id, command.on(), LocalDate.of(9999, 12, 31));
        audit.record("BASKET_STOPPED", "abonnement " + s.id, "arrêté le " + command.on());
        return view(s);
    }

    private void removeWaiting(long subscriptionId, LocalDate from, LocalDate to) {
        em.flush();
        em.createNativeQuery("delete from basket_handout_shares where handout_id in (select h.id from basket_handouts h "
                + "join basket_deliveries d on d.id = h.delivery_id where h.subscription_id = :s and h.status = 'WAITING' "
                + "and d.delivery_date between :f and :t)").setParameter("s", subscriptionId).setParameter("f", from)
                .setParameter("t", to).executeUpdate();
        em.createNativeQuery("delete from basket_handouts h using basket_deliveries d where d.id = h.delivery_id "
                + "and h.subscription_id = :s and h.status = 'WAITING' and d.delivery_date between :f and :t")
                .setParameter("s", subscriptionId).setParameter("f", from).setParameter("t", to).executeUpdate();
        // A date left without any basket leaves the calendar (unless the producer was told of it or wrote its content).
        em.createNativeQuery("delete from basket_deliveries d where d.offer_id = (select offer_id from basket_subscriptions "
                + "where id = :s) and d.delivery_date between :f and :t and d.notified_at is null and d.content is null "
                + "and d.recipe is null and not exists (select 1 from basket_handouts h where h.delivery_id = d.id)")
                .setParameter("s", subscriptionId).setParameter("f", from).setParameter("t", to).executeUpdate();
    }

    public SubscriptionView subscription(long id, Viewer viewer) {
        return view(requireSubscription(id, viewer));
    }

    public List<SubscriptionView> subscriptions(Viewer viewer) {
        java.util.Set<Long> antennas = coordinatedAntennas();
        List<Subscription> list = viewer.coordinator() ? (antennas == null
                ? Subscription.list("order by startOn desc, id desc")
                : Subscription.list("householdId in (" + HOUSEHOLDS_OF_ANTENNAS + ") order by startOn desc, id desc",
                        antennas))
                : Subscription.list("referralId in (select r.id from Referral r where r.referrerId = ?1) "
                        + "order by startOn desc, id desc", accountId(viewer.login()));
        return list.stream().map(this::view).toList();
    }

    /** The subscriptions of the household linked to a HOUSEHOLD login, newest first. */
    public List<SubscriptionView> ofHouseholdLogin(String login) {
        return households.forLogin(login).map(h -> Subscription.<Subscription>list(
                "householdId = ?1 order by startOn desc, id desc", h.id).stream().map(this::view).toList())
                .orElse(List.of());
    }

    Subscription requireSubscription(long id, Viewer viewer) {
        Subscription s = Subscription.findById(id);
        if (s == null) {
            throw new NotFoundException(BasketTexts.get().error_subscription_not_found());
        }
        if (!viewer.coordinator()) {
            Referral referral = Referral.findById(s.referralId);
            if (referral.referrerId != accountId(viewer.login())) {
                throw new NotFoundException(BasketTexts.get().error_subscription_not_found());
            }
        }
        return s;
    }

    public List<PauseView> pauses(long subscriptionId) {
        List<SubscriptionPause> pauses = SubscriptionPause.list("subscriptionId = ?1 order by fromOn", subscriptionId);
        return pauses.stream().map(p -> new PauseView(p.id, p.fromOn, p.toOn, p.reason)).toList();
    }

    SubscriptionView view(Subscription s) {
        BasketOffer offer = BasketOffer.findById(s.offerId);
        SchemeView scheme = setup.scheme(s.schemeId);
        Household household = Household.findById(s.householdId);
        RelayPoint relay = RelayPoint.findById(s.relayPointId);
        return new SubscriptionView(s.id, s.referralId, s.householdId, household.displayName, offer.id, offer.name,
                BasketTexts.get().size(offer.size), offer.valueCents, scheme.id(), scheme.name(), scheme.summary(),
                householdShare(scheme, offer.valueCents), relay.id, relay.name, s.startOn, s.endOn, s.status.name(),
                BasketTexts.get().subscription_status(s.status), s.stoppedOn, s.stopReason, pauses(s.id), s.version);
    }

    /** What the household pays for one basket of this value under this scheme (0 when it has no share). */
    long householdShare(SchemeView scheme, long valueCents) {
        List<Long> parts = setup.split(scheme, valueCents);
        for (int i = 0; i < parts.size(); i++) {
            if (scheme.shares().get(i).funderId() == null) {
                return parts.get(i);
            }
        }
        return 0;
    }

    private ReferralView referralView(Referral r) {
        Household household = Household.findById(r.householdId);
        UserAccount referrer = UserAccount.findById(r.referrerId);
        List<Subscription> subs = Subscription.list("referralId = ?1 order by startOn", r.id);
        return new ReferralView(r.id, r.householdId, household.displayName, referrer.displayName, r.structure,
                r.condition, r.checkedOn, subs.stream().map(this::view).toList());
    }

    private static long accountId(String login) {
        return UserAccount.findByLogin(login).map(a -> a.id).orElse(-1L);
    }
}
