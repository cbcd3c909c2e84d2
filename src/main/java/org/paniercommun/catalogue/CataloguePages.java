package org.paniercommun.catalogue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.paniercommun.account.Role;
import org.paniercommun.csv.CsvImportException;
import org.paniercommun.csv.CsvLineError;
import org.paniercommun.web.FormErrors;
import org.paniercommun.web.FormRoundTrip;
import org.paniercommun.web.QueryString;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.PageResult;
import org.paniercommun.kernel.Texts;

/**
 * The coordinators' catalogue pages (producers, products, CSV import) and the producers' read-only list
 * of their own products. Plain HTML forms; a refused form comes back with each error next to its field.
 */
@Path("/")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.TEXT_HTML)
public class CataloguePages {

    static final String PRODUCERS = "/catalogue/producteurs";
    static final String PRODUCTS = "/catalogue/produits";

    @Inject
    CatalogueService catalogue;

    @Inject
    ProductCsv csv;

    @Inject
    SecurityIdentity identity;

    /** Search criteria of the product list, as typed, to show them again. */
    public record ProductFilters(String q, String category, String producer, String group, String status) {
    }

    /** A finished import, for the success message. */
    public record ImportDone(int total, int created, int updated, int unchanged) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance producers(List<ProducerView> producers, PageResult<ProducerView> page,
                String params, String q, boolean saved);

        static native TemplateInstance producer(ProducerForm form, FormErrors errors, List<Option> antennas,
                ProducerView existing, String accountLogin, String accountError);

        static native TemplateInstance products(List<ProductView> products, PageResult<ProductView> page, String params,
                ProductFilters filters,
                List<Option> categories, List<Option> producers, List<Option> groups, List<Option> statuses,
                boolean saved);

        static native TemplateInstance product(ProductForm form, FormErrors errors, List<Option> producers,
                List<Option> categories, List<Option> units, List<Option> vatRates, List<Option> groups,
                ProductView existing);

        static native TemplateInstance productImport(List<Option> antennas, String message,
                List<CsvLineError> lines, ImportDone done);

        static native TemplateInstance ownProducts(ProducerView producer, List<ProductView> products);
    }

    // ---- Producers ---------------------------------------------------------------------------

    @GET
    @Path("catalogue/producteurs")
    public TemplateInstance producers(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("enregistre") String saved) {
        PageResult<ProducerView> result = catalogue.searchProducers(q, null, null, PageResult.page(page),
                PageResult.DEFAULT_SIZE);
        return Templates.producers(result.items(), result, QueryString.of("q", q), q, saved != null);
    }

    @GET
    @Path("catalogue/producteurs/nouveau")
    public TemplateInstance newProducer() {
        ProducerForm form = new ProducerForm();
        List<Option> antennas = antennaOptions(null);
        if (antennas.size() == 1) {
            form.antennaId = antennas.get(0).value();
        }
        return producerPage(form, FormErrors.none(), null, null);
    }

    @POST
    @Path("catalogue/producteurs/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createProducer(@BeanParam ProducerForm form) {
        return saveProducer(form, null);
    }

    @GET
    @Path("catalogue/producteurs/{id: \\d+}")
    public TemplateInstance editProducer(@PathParam("id") long id) {
        ProducerView producer = catalogue.producer(id);
        return producerPage(ProducerForm.of(producer), FormErrors.none(), producer, null);
    }

    @POST
    @Path("catalogue/producteurs/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateProducer(@PathParam("id") long id, @BeanParam ProducerForm form) {
        return saveProducer(form, id);
    }

    @POST
    @Path("catalogue/producteurs/{id: \\d+}/desactiver")
    public Response deactivateProducer(@PathParam("id") long id) {
        catalogue.setProducerActive(id, false);
        return Response.seeOther(URI.create(PRODUCERS + "/" + id)).build();
    }

    @POST
    @Path("catalogue/producteurs/{id: \\d+}/reactiver")
    public Response activateProducer(@PathParam("id") long id) {
        catalogue.setProducerActive(id, true);
        return Response.seeOther(URI.create(PRODUCERS + "/" + id)).build();
    }

    @POST
    @Path("catalogue/producteurs/{id: \\d+}/compte")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response linkAccount(@PathParam("id") long id, @RestForm String login) {
        // Whatever refuses the login (unknown: 400; linked to another producer: 409) is said beside the account.
        return FormRoundTrip.submitAt("account", List.of(), () -> {
            catalogue.linkAccount(id, login);
            return Response.seeOther(URI.create(PRODUCERS + "/" + id)).build();
        }, errors -> {
            ProducerView producer = catalogue.producer(id);
            return producerPage(ProducerForm.of(producer), FormErrors.none(), producer, login, errors.get("account"));
        });
    }

    private Response saveProducer(ProducerForm form, Long id) {
        Inputs in = new Inputs();
        ProducerCommand command = form.toCommand(in);
        return FormRoundTrip.submit(in.errors(), () -> catalogue.checkProducer(command, id), "name", () -> {
            ProducerView saved = id == null ? catalogue.createProducer(command) : catalogue.updateProducer(id, command);
            return Response.seeOther(URI.create(PRODUCERS + "?enregistre=" + saved.id())).build();
        }, errors -> producerPage(form, errors, id == null ? null : catalogue.producer(id), null));
    }

    private TemplateInstance producerPage(ProducerForm form, FormErrors errors, ProducerView existing,
            String accountError) {
        return producerPage(form, errors, existing, existing == null ? null : existing.accountLogin(), accountError);
    }

    private TemplateInstance producerPage(ProducerForm form, FormErrors errors, ProducerView existing,
            String accountLogin, String accountError) {
        return Templates.producer(form, errors, antennaOptions(form.antennaId), existing, accountLogin, accountError);
    }

    // ---- Products ----------------------------------------------------------------------------

    @GET
    @Path("catalogue/produits")
    public TemplateInstance products(@QueryParam("q") String q, @QueryParam("categorie") String category,
            @QueryParam("producteur") String producer, @QueryParam("groupe") String group,
            @QueryParam("statut") String status, @QueryParam("page") Integer page,
            @QueryParam("enregistre") String saved) {
        Inputs lenient = new Inputs();
        Boolean active = "actifs".equals(status) ? Boolean.TRUE : "inactifs".equals(status) ? Boolean.FALSE : null;
        ProductQuery query = new ProductQuery(q, lenient.category("categorie", category),
                lenient.id("producteur", producer), lenient.id("groupe", group), null, active, false);
        PageResult<ProductView> result = catalogue.searchProducts(query, PageResult.page(page),
                PageResult.DEFAULT_SIZE);
        String params = QueryString.of("q", q, "categorie", category, "producteur", producer, "groupe", group,
                "statut", status);
        return Templates.products(result.items(), result, params,
                new ProductFilters(q, category, producer, group, status), categoryOptions(category),
                producerOptions(producer), groupOptions(group == null ? List.of() : List.of(group)),
                List.of(Option.of("", messages().common_all_masculine(), status == null ? "" : status),
                        Option.of("actifs", messages().products_status_active(), status),
                        Option.of("inactifs", messages().products_status_inactive(), status)),
                saved != null);
    }

    @GET
    @Path("catalogue/produits/nouveau")
    public TemplateInstance newProduct(@QueryParam("producteur") String producerId) {
        ProductForm form = ProductForm.empty();
        form.producerId = producerId;
        return productPage(form, FormErrors.none(), null);
    }

    @POST
    @Path("catalogue/produits/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createProduct(@BeanParam ProductForm form) {
        return saveProduct(form, null);
    }

    @GET
    @Path("catalogue/produits/{id: \\d+}")
    public TemplateInstance editProduct(@PathParam("id") long id) {
        ProductView product = catalogue.product(id);
        return productPage(ProductForm.of(product), FormErrors.none(), product);
    }

    @POST
    @Path("catalogue/produits/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateProduct(@PathParam("id") long id, @BeanParam ProductForm form) {
        return saveProduct(form, id);
    }

    @POST
    @Path("catalogue/produits/{id: \\d+}/desactiver")
    public Response deactivateProduct(@PathParam("id") long id) {
        catalogue.setProductActive(id, false);
        return Response.seeOther(URI.create(PRODUCTS + "/" + id)).build();
    }

    @POST
    @Path("catalogue/produits/{id: \\d+}/reactiver")
    public Response activateProduct(@PathParam("id") long id) {
        catalogue.setProductActive(id, true);
        return Response.seeOther(URI.create(PRODUCTS + "/" + id)).build();
    }

    private Response saveProduct(ProductForm form, Long id) {
        Inputs in = new Inputs();
        ProductCommand command = form.toCommand(in);
        return FormRoundTrip.submit(in.errors(), () -> catalogue.checkProduct(command, id), "name", () -> {
            ProductView saved = id == null ? catalogue.createProduct(command) : catalogue.updateProduct(id, command);
            return Response.seeOther(URI.create(PRODUCTS + "?enregistre=" + saved.id())).build();
        }, errors -> productPage(form, errors, id == null ? null : catalogue.product(id)));
    }

    private TemplateInstance productPage(ProductForm form, FormErrors errors, ProductView existing) {
        List<Option> units = Arrays.stream(SaleUnit.values())
                .map(u -> Option.of(u.name(), u.label(), form.saleUnit)).toList();
        List<Option> vatRates = Arrays.stream(VatRate.values())
                .map(r -> new Option(r.decimal(), r.label(), r.decimal().equals(form.vatRate)
                        || r.percent().toPlainString().equals(form.vatRate)))
                .toList();
        return Templates.product(form, errors, producerOptions(form.producerId), categoryOptions(form.category),
                units, vatRates, groupOptions(form.groupIds == null ? List.of() : form.groupIds), existing);
    }

    // ---- CSV import --------------------------------------------------------------------------

    @GET
    @Path("catalogue/produits/import")
    public TemplateInstance importForm() {
        return Templates.productImport(antennaOptions(null), null, List.of(), null);
    }

    @POST
    @Path("catalogue/produits/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importProducts(@RestForm("antennaId") String antennaId, @RestForm("file") FileUpload file)
            throws IOException {
        Inputs in = new Inputs();
        Long antenna = in.id("antennaId", antennaId);
        List<Option> antennas = antennaOptions(antennaId);
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return Response.status(400).entity(Templates.productImport(antennas,
                    messages().import_choose_file(), List.of(), null)).build();
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            ProductCsv.ImportReport report = csv.importCsv(antenna, content);
            return Response.ok(Templates.productImport(antennas, null, List.of(), new ImportDone(report.total(),
                    report.created(), report.updated(), report.unchanged()))).build();
        } catch (CsvImportException e) {
            return Response.status(400).entity(Templates.productImport(antennas, e.getMessage(), e.errors(), null))
                    .build();
        } catch (InvalidInputException e) {
            // Not the form round trip: the import page answers with a report of the file's lines, not fields.
            return Response.status(400).entity(Templates.productImport(antennas, e.getMessage(), List.of(), null))
                    .build();
        }
    }

    // ---- Producers' own view -----------------------------------------------------------------

    @GET
    @Path("producteur/produits")
    @RolesAllowed(Role.PRODUCER)
    public TemplateInstance ownProducts() {
        ProducerView producer = catalogue.producerOf(identity.getPrincipal().getName()).orElse(null);
        List<ProductView> products = producer == null ? List.of()
                : catalogue.searchProducts(new ProductQuery(null, null, producer.id(), null, null, null, false), 1,
                        PageResult.MAX_SIZE).items();
        return Templates.ownProducts(producer, products);
    }

    // ---- Choices for forms -------------------------------------------------------------------

    private List<Option> antennaOptions(String current) {
        return catalogue.antennas().stream().map(a -> Option.of(a.id, a.name, current)).toList();
    }

    private List<Option> producerOptions(String current) {
        List<ProducerView> producers = catalogue.allProducers();
        boolean severalAntennas = producers.stream().map(ProducerView::antennaId).distinct().count() > 1;
        return producers.stream().map(p -> Option.of(p.id(),
                p.name() + (severalAntennas ? " — " + p.antennaName() : "")
                        + (p.active() ? "" : " " + messages().product_producer_deactivated()),
                current)).toList();
    }

    private List<Option> groupOptions(List<String> chosen) {
        List<org.paniercommun.organisation.PurchasingGroup> groups = catalogue.groups();
        boolean severalAntennas = groups.stream().map(g -> g.antenna.id).distinct().count() > 1;
        return groups.stream().map(g -> new Option(String.valueOf(g.id),
                g.name + (severalAntennas ? " — " + g.antenna.name : ""), chosen.contains(String.valueOf(g.id))))
                .toList();
    }

    private static List<Option> categoryOptions(String current) {
        return Arrays.stream(ProductCategory.values()).map(c -> Option.of(c.name(), c.label(), current)).toList();
    }

    /** The feature's texts in the request's language. */
    private static CatalogueMessages messages() {
        return Texts.of(CatalogueMessages.class);
    }
}
