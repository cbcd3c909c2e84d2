package org.paniercommun.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paniercommun.account.Role;
import org.paniercommun.account.UserAccount;
import org.paniercommun.audit.AuditLog;
import org.paniercommun.organisation.Antenna;
import org.paniercommun.organisation.PurchasingGroup;
import org.paniercommun.kernel.ConflictException;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.InvalidInputException.FieldError;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;
import org.paniercommun.kernel.Validation;

/**
 * The catalogue: producers and their products, and which purchasing groups offer each product. The
 * JSON API, the pages, the CSV import and the demo data all go through here, so they share the rules.
 */
@ApplicationScoped
public class CatalogueService {

    static CatalogueMessages messages() {
        return Texts.of(CatalogueMessages.class);
    }

    @Inject
    Validation validation;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    // ---- Producers ---------------------------------------------------------------------------

    @Transactional
    public ProducerView createProducer(ProducerCommand command) {
        org.paniercommun.kernel.Validation.requirePresent(command);
        throwIfAny(producerErrors(command, null));
        Producer producer = new Producer();
        producer.antenna = Antenna.findById(command.antennaId());
        apply(producer, command);
        producer.persist();
        return ProducerView.of(producer);
    }

    @Transactional
    public ProducerView updateProducer(long id, ProducerCommand command) {
        org.paniercommun.kernel.Validation.requirePresent(command);
        Producer producer = findProducer(id);
        checkVersion(producer.version, command.version());
        throwIfAny(producerErrors(command, producer));
        apply(producer, command);
        em.flush();
        return ProducerView.of(producer);
    }

    @Transactional
    public ProducerView setProducerActive(long id, boolean active) {
        Producer producer = findProducer(id);
        if (producer.active != active) {
            producer.active = active;
            audit.record(active ? "PRODUCER_ACTIVATED" : "PRODUCER_DEACTIVATED", "producer:" + id, producer.name);
            em.flush();
        }
        return ProducerView.of(producer);
    }

    /** Links the producer's own login (an account with role PRODUCER); a blank login removes the link. */
    @Transactional
    public ProducerView linkAccount(long producerId, String login) {
        Producer producer = findProducer(producerId);
        if (login == null || login.isBlank()) {
            producer.account = null;
        } else {
            UserAccount account = UserAccount.findByLogin(login).orElseThrow(() -> new InvalidInputException(
                    "login", messages().error_unknown_login(login.trim())));
            if (!account.hasRole(Role.PRODUCER)) {
                throw new InvalidInputException("login", messages().error_not_producer_role());
            }
            Optional<Producer> other = Producer.findByAccountLogin(account.login);
            if (other.isPresent() && !other.get().id.equals(producer.id)) {
                throw new ConflictException(messages().error_account_linked(other.get().name));
            }
            producer.account = account;
        }
        audit.record("PRODUCER_ACCOUNT_LINKED", "producer:" + producerId, login == null ? "" : login.trim());
        em.flush();
        return ProducerView.of(producer);
    }

    public ProducerView producer(long id) {
        return ProducerView.of(findProducer(id));
    }

    /** The producer linked to this login, for producers looking at their own data. */
    public Optional<ProducerView> producerOf(String login) {
        return Producer.findByAccountLogin(login).map(ProducerView::of);
    }

    /** The producer linked to this login; a producer account not linked yet gets a 403 that says so. */
    public ProducerView requireProducerOf(String login) {
        return producerOf(login)
                .orElseThrow(() -> new jakarta.ws.rs.ForbiddenException(messages().error_no_producer_linked()));
    }

    public PageResult<ProducerView> searchProducers(String text, Long antennaId, Boolean active, int page,
            int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(p.name) like :text or lower(coalesce(p.town, '')) like :text"
                    + " or lower(coalesce(p.contactName, '')) like :text)");
            params.put("text", like(text));
        }
        if (antennaId != null) {
            where.append(" and p.antenna.id = :antennaId");
            params.put("antennaId", antennaId);
        }
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        if (visible != null) {
            where.append(" and p.antenna.id in :visibleAntennas");
            params.put("visibleAntennas", visible);
        }
        if (active != null) {
            where.append(" and p.active = :active");
            params.put("active", active);
        }
        long total = count("select count(p) from Producer p" + where, params);
        TypedQuery<Producer> query = em.createQuery("select p from Producer p join fetch p.antenna"
                + " left join fetch p.account" + where + " order by lower(p.name), p.id", Producer.class);
        params.forEach(query::setParameter);
        List<Producer> items = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new PageResult<>(items.stream().map(ProducerView::of).toList(), page, size, total);
    }

    /** Every producer the request may see, for select boxes, sorted by antenna then name. */
    public List<ProducerView> allProducers() {
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        var query = em.createQuery("select p from Producer p join fetch p.antenna a left join fetch p.account"
                + (visible == null ? "" : " where a.id in :visible") + " order by lower(a.name), lower(p.name)",
                Producer.class);
        if (visible != null) {
            query.setParameter("visible", visible);
        }
        return query.getResultList().stream().map(ProducerView::of).toList();
    }

    /** Every rule a producer command breaks, in French; empty when it can be saved. */
    public List<FieldError> producerErrors(ProducerCommand command, Producer existing) {
        List<FieldError> errors = new ArrayList<>(validation.errors(command));
        if (command.organicCertified() && ProductCommand.trim(command.certifier()) == null) {
            errors.add(new FieldError("certifier", messages().error_certifier_required()));
        }
        if (command.antennaId() != null) {
            if (Antenna.findById(command.antennaId()) == null) {
                errors.add(new FieldError("antennaId", messages().error_antenna_not_found()));
            } else if (existing != null && !existing.antenna.id.equals(command.antennaId())) {
                errors.add(new FieldError("antennaId", messages().error_producer_antenna_locked()));
            } else if (command.name() != null && !command.name().isBlank()) {
                Optional<Producer> same = Producer.findByName(command.antennaId(), command.name());
                if (same.isPresent() && (existing == null || !same.get().id.equals(existing.id))) {
                    errors.add(new FieldError("name", messages().error_producer_name_taken()));
                }
            }
        }
        return errors;
    }

    private static void apply(Producer producer, ProducerCommand command) {
        producer.name = command.name().trim();
        producer.contactName = ProductCommand.trim(command.contactName());
        producer.email = ProductCommand.trim(command.email());
        producer.phone = ProductCommand.trim(command.phone());
        producer.town = ProductCommand.trim(command.town());
        producer.distanceKm = command.distanceKm();
        producer.organicCertified = command.organicCertified();
        producer.certifier = ProductCommand.trim(command.certifier());
        producer.notes = ProductCommand.trim(command.notes());
    }

    Producer findProducer(long id) {
        Producer producer = Producer.findById(id);
        if (producer == null) {
            throw new NotFoundException(messages().error_producer_not_found());
        }
        return producer;
    }

    // ---- Products ----------------------------------------------------------------------------

    @Transactional
    public ProductView createProduct(ProductCommand command) {
        org.paniercommun.kernel.Validation.requirePresent(command);
        throwIfAny(productErrors(command, null));
        Product product = new Product();
        Producer producer = Producer.findById(command.producerId());
        product.antenna = producer.antenna;
        apply(product, command, producer);
        product.persist();
        return ProductView.of(product);
    }

    @Transactional
    public ProductView updateProduct(long id, ProductCommand command) {
        org.paniercommun.kernel.Validation.requirePresent(command);
        Product product = findProduct(id);
        checkVersion(product.version, command.version());
        throwIfAny(productErrors(command, product));
        apply(product, command, Producer.findById(command.producerId()));
        em.flush();
        return ProductView.of(product);
    }

    @Transactional
    public ProductView setProductActive(long id, boolean active) {
        Product product = findProduct(id);
        if (product.active != active) {
            product.active = active;
            audit.record(active ? "PRODUCT_ACTIVATED" : "PRODUCT_DEACTIVATED", "product:" + id, product.name);
            em.flush();
        }
        return ProductView.of(product);
    }

    /** What a group's "club produits" chose: the groups offering this product. */
    @Transactional
    public ProductView setProductGroups(long id, Set<Long> groupIds) {
        Product product = findProduct(id);
        throwIfAny(groupErrors(groupIds, product.antenna.id));
        setGroups(product, groupIds);
        em.flush();
        return ProductView.of(product);
    }

    /** The rules a product command breaks, for a new product (productId null) or an existing one. */
    public List<FieldError> checkProduct(ProductCommand command, Long productId) {
        return productErrors(command, productId == null ? null : findProduct(productId));
    }

    /** The rules a producer command breaks, for a new producer (producerId null) or an existing one. */
    public List<FieldError> checkProducer(ProducerCommand command, Long producerId) {
        return producerErrors(command, producerId == null ? null : findProducer(producerId));
    }

    public ProductView product(long id) {
        return ProductView.of(findProduct(id));
    }

    public PageResult<ProductView> searchProducts(ProductQuery q, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (lower(p.name) like :text or lower(pr.name) like :text)");
            params.put("text", like(q.text()));
        }
        if (q.category() != null) {
            where.append(" and p.category = :category");
            params.put("category", q.category());
        }
        if (q.producerId() != null) {
            where.append(" and pr.id = :producerId");
            params.put("producerId", q.producerId());
        }
        if (q.antennaId() != null) {
            where.append(" and p.antenna.id = :antennaId");
            params.put("antennaId", q.antennaId());
        }
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        if (visible != null) {
            where.append(" and p.antenna.id in :visibleAntennas");
            params.put("visibleAntennas", visible);
        }
        if (q.groupId() != null) {
            where.append(" and p.id in (select p2.id from Product p2 join p2.groups g where g.id = :groupId)");
            params.put("groupId", q.groupId());
        }
        if (q.active() != null) {
            where.append(" and p.active = :active");
            params.put("active", q.active());
        }
        if (q.onlyOrderable()) {
            where.append(" and p.active = true and pr.active = true");
        }
        long total = count("select count(p) from Product p join p.producer pr" + where, params);
        TypedQuery<Product> query = em.createQuery("select p from Product p join fetch p.producer pr" + where
                + " order by lower(p.name), lower(pr.name), p.id", Product.class);
        params.forEach(query::setParameter);
        List<Product> items = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new PageResult<>(items.stream().map(ProductView::of).toList(), page, size, total);
    }

    /** The product rules' breaches in the request's language, each next to its field. */
    static List<FieldError> explain(List<ProductRules.Breach> breaches) {
        return breaches.stream().map(b -> new FieldError(b.field, switch (b) {
            case MINIMUM_NOT_MULTIPLE -> messages().error_minimum_not_multiple();
            case UNKNOWN_VAT -> messages().error_unknown_vat();
        })).toList();
    }

    /** Every rule a product command breaks, in French, by field; empty when it can be saved. */
    public List<FieldError> productErrors(ProductCommand command, Product existing) {
        List<FieldError> errors = new ArrayList<>(validation.errors(command));
        errors.addAll(explain(ProductRules.check(command.orderStep(), command.orderMinimum(), command.vatRate())));
        if (command.producerId() == null) {
            return errors;
        }
        Producer producer = Producer.findById(command.producerId());
        if (producer == null) {
            errors.add(new FieldError("producerId", messages().error_producer_not_found()));
            return errors;
        }
        long antennaId = existing == null ? producer.antenna.id : existing.antenna.id;
        if (!producer.antenna.id.equals(antennaId)) {
            errors.add(new FieldError("producerId",
                    messages().error_producer_other_antenna()));
        }
        if (existing != null && !existing.producer.id.equals(producer.id) && offeredInAnOpenedRound(existing.id)) {
            // Purchase orders and producer statements of past rounds find the producer through the product: moving
            // it would move what was ordered from, and is owed to, one producer onto another's documents.
            errors.add(new FieldError("producerId", Texts.of(CatalogueMessages.class).error_producer_frozen()));
        }
        errors.addAll(groupErrors(command.groupIds(), antennaId));
        if (command.name() != null && !command.name().isBlank()) {
            Optional<Product> same = Product.findByName(producer.id, command.name());
            if (same.isPresent() && (existing == null || !same.get().id.equals(existing.id))) {
                errors.add(new FieldError("name", messages().error_product_name_taken()));
            }
        }
        return errors;
    }

    /** Whether a round has opened with this product (its prices were frozen). */
    private boolean offeredInAnOpenedRound(long productId) {
        return !em.createQuery("select 1 from RoundOffer o where o.product.id = :p and o.tier1PriceCents is not null")
                .setParameter("p", productId).setMaxResults(1).getResultList().isEmpty();
    }

    private static List<FieldError> groupErrors(Set<Long> groupIds, long antennaId) {
        List<FieldError> errors = new ArrayList<>();
        for (Long groupId : groupIds == null ? Set.<Long>of() : groupIds) {
            PurchasingGroup group = groupId == null ? null : PurchasingGroup.findById(groupId);
            if (group == null) {
                errors.add(new FieldError("groupIds", messages().error_unknown_group(String.valueOf(groupId))));
            } else if (!group.antenna.id.equals(antennaId)) {
                errors.add(new FieldError("groupIds", messages().error_group_other_antenna(group.name)));
            }
        }
        return errors;
    }

    private static void apply(Product product, ProductCommand command, Producer producer) {
        product.producer = producer;
        product.name = command.name().trim();
        product.description = ProductCommand.trim(command.description());
        product.category = command.category();
        product.saleUnit = command.saleUnit();
        product.orderStep = command.orderStep().setScale(3);
        product.orderMinimum = command.orderMinimum().setScale(3);
        product.caseSize = command.caseSize().setScale(3);
        product.purchasePriceCents = command.purchasePriceCents();
        product.logisticsCents = command.logisticsCents() == null ? 0 : command.logisticsCents();
        product.vatRate = VatRate.of(command.vatRate()).orElseThrow();
        product.organic = command.organic();
        product.local = command.local();
        product.fairTrade = command.fairTrade();
        product.onePriceForAll = command.onePriceForAll();
        product.origin = ProductCommand.trim(command.origin());
        setGroups(product, command.groupIds());
    }

    /** Touches the collection only when it changes, so an unchanged product keeps its version. */
    private static void setGroups(Product product, Set<Long> groupIds) {
        Set<Long> wanted = groupIds == null ? Set.of() : new HashSet<>(groupIds);
        Set<Long> current = new HashSet<>();
        product.groups.forEach(g -> current.add(g.id));
        if (!current.equals(wanted)) {
            product.groups.removeIf(g -> !wanted.contains(g.id));
            wanted.removeAll(current);
            wanted.forEach(id -> product.groups.add(PurchasingGroup.findById(id)));
        }
    }

    Product findProduct(long id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw new NotFoundException(messages().error_product_not_found());
        }
        return product;
    }

    // ---- Shared ------------------------------------------------------------------------------

    /** Active antennas and their groups, for forms. */
    public List<Antenna> antennas() {
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        return visible == null ? Antenna.list("order by lower(name)")
                : Antenna.list("id in ?1 order by lower(name)", visible);
    }

    public List<PurchasingGroup> groups() {
        java.util.Set<Long> visible = org.paniercommun.access.Scope.orNone(
                org.paniercommun.access.Scope.visibleAntennasNow());
        var query = em.createQuery("select g from PurchasingGroup g join fetch g.antenna a"
                + (visible == null ? "" : " where a.id in :visible")
                + " order by lower(a.name), lower(g.name)", PurchasingGroup.class);
        if (visible != null) {
            query.setParameter("visible", visible);
        }
        return query.getResultList();
    }

    private static void checkVersion(long current, Long expected) {
        if (expected != null && expected != current) {
            throw new OptimisticLockException("Version " + expected + " is stale, current is " + current);
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private long count(String hql, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery(hql, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String like(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
