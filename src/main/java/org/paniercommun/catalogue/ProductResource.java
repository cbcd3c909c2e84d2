package org.paniercommun.catalogue;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.paniercommun.account.Role;
import org.paniercommun.csv.CsvWriter;
import org.paniercommun.csv.XlsxWriter;
import org.paniercommun.kernel.InvalidInputException;
import org.paniercommun.kernel.PageResult;

/**
 * Products of the catalogue. Coordinators manage them and import/export CSV; volunteers and households
 * read the products that can be ordered; a producer reads only its own products.
 */
@Path("/api/products")
@RolesAllowed(Role.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue : produits")
class ProductResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    ProductCsv csv;

    @Inject
    SecurityIdentity identity;

    public record GroupSelection(Set<Long> groupIds) {
    }

    @GET
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD, Role.PRODUCER })
    @Operation(summary = "Chercher les produits, page par page",
            description = "Les bénévoles et les foyers ne voient que les produits actifs de producteurs actifs ; "
                    + "un producteur ne voit que ses propres produits.")
    public PageResult<ProductView> list(@QueryParam("q") String q, @QueryParam("category") String categoryCode,
            @QueryParam("producerId") Long producerId, @QueryParam("groupId") Long groupId,
            @QueryParam("antennaId") Long antennaId, @QueryParam("active") Boolean active,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ProductCategory category = null;
        if (categoryCode != null && !categoryCode.isBlank()) {
            category = ProductCategory.parse(categoryCode).orElseThrow(() -> new InvalidInputException("category",
                    CatalogueService.messages().error_unknown_category(categoryCode.trim())));
        }
        ProductQuery query = new ProductQuery(q, category, producerId, groupId, antennaId, active, false);
        if (!CatalogueAccess.seesWholeCatalogue(identity)) {
            if (CatalogueAccess.seesOrderableCatalogue(identity)) {
                query = new ProductQuery(q, category, producerId, groupId, antennaId, true, true);
            } else {
                long own = ownProducerId();
                if (producerId != null && producerId != own) {
                    return new PageResult<>(java.util.List.of(), PageResult.page(page), PageResult.size(size), 0);
                }
                query = new ProductQuery(q, category, own, groupId, antennaId, active, false);
            }
        }
        return catalogue.searchProducts(query, PageResult.page(page), PageResult.size(size));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({ Role.COORDINATOR, Role.VOLUNTEER, Role.HOUSEHOLD, Role.PRODUCER })
    @Operation(summary = "Lire un produit")
    public ProductView get(@PathParam("id") long id) {
        ProductView product = catalogue.product(id);
        if (!CatalogueAccess.seesWholeCatalogue(identity)) {
            boolean visible = CatalogueAccess.seesOrderableCatalogue(identity)
                    ? product.active() && catalogue.producer(product.producerId()).active()
                    : product.producerId() == ownProducerId();
            if (!visible) {
                throw new NotFoundException(CatalogueService.messages().error_product_not_found());
            }
        }
        return product;
    }

    @POST
    @Operation(summary = "Créer un produit (prix en centimes, TVA 5.5, 10 ou 20)")
    public Response create(ProductCommand command) {
        ProductView created = catalogue.createProduct(command);
        return Response.created(URI.create("/api/products/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Modifier un produit (version = celle lue, pour détecter les modifications concurrentes)")
    public ProductView update(@PathParam("id") long id, ProductCommand command) {
        return catalogue.updateProduct(id, command);
    }

    @POST
    @Path("{id: \\d+}/deactivate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Désactiver un produit : il n'est plus proposé aux foyers")
    public ProductView deactivate(@PathParam("id") long id) {
        return catalogue.setProductActive(id, false);
    }

    @POST
    @Path("{id: \\d+}/activate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Réactiver un produit")
    public ProductView activate(@PathParam("id") long id) {
        return catalogue.setProductActive(id, true);
    }

    @PUT
    @Path("{id: \\d+}/groups")
    @Operation(summary = "Choisir les groupements d'achat qui proposent ce produit")
    public ProductView groups(@PathParam("id") long id, GroupSelection selection) {
        return catalogue.setProductGroups(id, selection == null || selection.groupIds() == null ? Set.of()
                : selection.groupIds());
    }

    @GET
    @Path("export.csv")
    @Produces(CsvWriter.MEDIA_TYPE)
    @Operation(summary = "Exporter les produits en CSV (Excel, « ; », virgule décimale)")
    public Response export(@QueryParam("antennaId") Long antennaId) {
        return Response.ok(csv.export(antennaId))
                .header("Content-Disposition", "attachment; filename=\"produits.csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces(XlsxWriter.MEDIA_TYPE)
    @Operation(summary = "Exporter les produits en classeur Excel (.xlsx), mêmes colonnes que le CSV")
    public Response exportXlsx(@QueryParam("antennaId") Long antennaId) {
        return org.paniercommun.web.Downloads.xlsx(csv.table(antennaId), "produits.xlsx");
    }

    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(summary = "Importer des produits depuis un CSV (tout ou rien ; les noms existants sont mis à jour)")
    public ProductCsv.ImportReport importCsv(@QueryParam("antennaId") Long antennaId, byte[] body) {
        return csv.importCsv(antennaId, new ByteArrayInputStream(body));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Importer des produits depuis un fichier CSV envoyé par formulaire")
    public ProductCsv.ImportReport importFile(@RestForm("antennaId") Long antennaId,
            @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", CatalogueService.messages().error_csv_file_required());
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return csv.importCsv(antennaId, in);
        }
    }

    private long ownProducerId() {
        return catalogue.producerOf(identity.getPrincipal().getName()).map(ProducerView::id)
                .orElseThrow(() -> new NotFoundException(CatalogueService.messages().error_no_producer_for_account()));
    }
}
