package org.paniercommun.catalogue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the catalogue pages (producers, products, CSV import, a producer's own products), in French
 * (the default locale). Another language is added with
 * {@code src/main/resources/messages/catalogue_xx.properties}.
 */
@MessageBundle("catalogue")
public interface CatalogueMessages {

    // Shared by the catalogue pages

    @Message("Catalogue")
    String common_catalogue();

    @Message("Producteurs")
    String common_producers();

    @Message("Produits")
    String common_products();

    @Message("Importer")
    String common_import();

    @Message("Exporter (CSV)")
    String common_export();

    @Message("← Producteurs")
    String common_back_producers();

    @Message("← Produits")
    String common_back_products();

    @Message("Enregistrer")
    String common_save();

    @Message("— choisir —")
    String common_choose();

    @Message("Le formulaire contient des erreurs : corrigez les champs signalés.")
    String common_form_errors();

    @Message("Antenne")
    String common_antenna();

    @Message("Nom")
    String common_name();

    @Message("Produit")
    String common_product();

    @Message("Producteur")
    String common_producer();

    @Message("Catégorie")
    String common_category();

    @Message("Vente")
    String common_sale();

    @Message("Prix d'achat")
    String common_purchase_price();

    @Message("Colis")
    String common_case();

    @Message("Groupements")
    String common_groups();

    @Message("État")
    String common_status();

    @Message("Bio")
    String common_organic();

    @Message("Désactivé")
    String common_deactivated();

    @Message("par {step.withUnit(unit)}")
    String common_per_step(String step, String unit);

    @Message("Tous")
    String common_all_masculine();

    // Producer's own products (ownProducts.html)

    @Message("Mes produits")
    String own_title();

    @Message("Votre compte n'est pas encore lié à une fiche producteur. Contactez la coordination.")
    String own_not_linked();

    @Message("Aucun produit au catalogue pour l'instant.")
    String own_empty();

    @Message("Proposé")
    String own_offered();

    // Producer list (producers.html)

    @Message("Producteur enregistré.")
    String producers_saved();

    @Message("Chercher (nom, commune, contact)")
    String producers_search_label();

    @Message("Chercher")
    String producers_search();

    @Message("Nouveau producteur")
    String producers_new();

    @Message("{count} {#if count >= 2}producteurs{#else}producteur{/if}")
    String producers_count(long count);

    @Message("Aucun producteur ne correspond.")
    String producers_none();

    @Message("Commune")
    String producers_town();

    @Message("Distance")
    String producers_distance();

    @Message("Contact")
    String producers_contact();

    @Message("(compte : {login})")
    String producers_account(String login);

    @Message("{km} km")
    String producers_km(Integer km);

    @Message("Actif")
    String producers_active();

    // Producer form (producer.html)

    @Message("Ce producteur est désactivé : ses produits ne sont plus proposés aux foyers.")
    String producer_deactivated_notice();

    @Message("Personne à contacter")
    String producer_contact_name();

    @Message("E-mail (bons de commande et relevés)")
    String producer_email();

    @Message("Téléphone")
    String producer_phone();

    @Message("Distance du lieu de livraison (km)")
    String producer_distance();

    @Message("Sert au calcul de la part locale.")
    String producer_distance_hint();

    @Message("Certifié agriculture biologique")
    String producer_organic();

    @Message("Organisme certificateur")
    String producer_certifier();

    @Message("Par exemple Ecocert, Bureau Veritas.")
    String producer_certifier_hint();

    @Message("Notes")
    String producer_notes();

    @Message("Voir les produits de ce producteur")
    String producer_see_products();

    @Message("Ajouter un produit")
    String producer_add_product();

    @Message("Compte du producteur")
    String producer_account_heading();

    @Message("Le producteur se connecte avec ce compte (rôle producteur) pour voir ses produits.")
    String producer_account_help();

    @Message("Identifiant du compte (vide pour retirer le lien)")
    String producer_account_login();

    @Message("Lier le compte")
    String producer_link_account();

    @Message("Désactiver ce producteur")
    String producer_deactivate();

    @Message("Réactiver ce producteur")
    String producer_reactivate();

    // Product list (products.html)

    @Message("Produit enregistré.")
    String products_saved();

    @Message("Chercher (produit ou producteur)")
    String products_search_label();

    @Message("Toutes")
    String products_all_categories();

    @Message("Groupement")
    String products_group();

    @Message("Filtrer")
    String products_filter();

    @Message("Nouveau produit")
    String products_new();

    @Message("{count} {#if count >= 2}produits{#else}produit{/if}. Prix coûtant = prix d'achat + part logistique, par unité de vente.")
    String products_count(long count);

    @Message("Aucun produit ne correspond.")
    String products_none();

    @Message("Achat")
    String products_purchase();

    @Message("Logistique")
    String products_logistics();

    @Message("Prix coûtant")
    String products_cost_price();

    @Message(", min. {minimum}")
    String products_minimum(String minimum);

    @Message("Actifs")
    String products_status_active();

    @Message("Désactivés")
    String products_status_inactive();

    // Product form (product.html)

    @Message("Prix coûtant :")
    String product_cost_price();

    @Message("par {unit}\n  ({casePrice} le colis de {caseSize.withUnit(unit)}).")
    String product_cost_price_per(String unit, String casePrice, String caseSize);

    @Message("Ce produit est désactivé : les foyers ne le voient plus.")
    String product_deactivated_notice();

    @Message("Description")
    String product_description();

    @Message("Unité de vente")
    String product_sale_unit();

    @Message("Pas de commande")
    String product_order_step();

    @Message("Les foyers commandent des multiples de cette quantité (ex. 0,5 pour 500 g).")
    String product_order_step_hint();

    @Message("Minimum de commande")
    String product_order_minimum();

    @Message("0 si aucun minimum.")
    String product_order_minimum_hint();

    @Message("Taille du colis (en unités de vente)")
    String product_case_size();

    @Message("Le producteur livre par colis, sac ou bidon entier.")
    String product_case_size_hint();

    @Message("Prix d'achat par unité (€)")
    String product_purchase_price();

    @Message("Exemple : 12,50")
    String product_purchase_price_hint();

    @Message("Part logistique par unité (€)")
    String product_logistics();

    @Message("Transport, stockage… ajoutés au prix d'achat pour faire le prix coûtant.")
    String product_logistics_hint();

    @Message("TVA")
    String product_vat();

    @Message("Labels")
    String product_labels();

    @Message("Local")
    String product_local();

    @Message("Commerce équitable")
    String product_fair_trade();

    @Message("Un prix pour tous (prix coûtant dans les trois tarifs)")
    String product_one_price();

    @Message("Origine")
    String product_origin();

    @Message("Exemple : Andalousie, Espagne")
    String product_origin_hint();

    @Message("Groupements qui proposent ce produit")
    String product_groups();

    @Message("Désactiver ce produit")
    String product_deactivate();

    @Message("Réactiver ce produit")
    String product_reactivate();

    @Message("(désactivé)")
    String product_producer_deactivated();

    // Labels of a product (ProductView.labels())

    @Message("Bio")
    String labels_organic();

    @Message("Local")
    String labels_local();

    @Message("Équitable")
    String labels_fair_trade();

    // CSV import (productImport.html)

    @Message("Importer des produits")
    String import_title();

    @Message("Importer des produits (CSV)")
    String import_heading();

    @Message("Import réussi : {total} {#if total >= 2}produits lus{#else}produit lu{/if} — {created} {#if created >= 2}créés{#else}créé{/if}, {updated} {#if updated >= 2}modifiés{#else}modifié{/if}, {unchanged} {#if unchanged >= 2}inchangés{#else}inchangé{/if}.")
    String import_done(int total, int created, int updated, int unchanged);

    @Message("Lignes à corriger dans le fichier")
    String import_lines_caption();

    @Message("Ligne")
    String import_line();

    @Message("Colonne")
    String import_column();

    @Message("Problème")
    String import_problem();

    @Message("Fichier enregistré depuis Excel, LibreOffice ou Cagette.net, séparé par « ; » ou « , ». Colonnes :")
    String import_help_intro();

    @Message("Prix avec une virgule (12,50), oui/non pour bio, local, équitable et actif, groupements séparés par des virgules.\n  Un produit qui existe déjà pour ce producteur (même nom) est mis à jour. Si une seule ligne est fausse, rien n'est importé.")
    String import_help_rules();

    @Message("Télécharger le catalogue actuel (modèle à modifier)")
    String import_download();

    @Message("Fichier CSV")
    String import_file();

    @Message("Importer")
    String import_submit();

    @Message("Choisissez le fichier CSV à importer.")
    String import_choose_file();

    @Message("Ce produit a déjà été commandé dans une tournée : il garde son producteur. Pour un autre producteur, créez un nouveau produit et désactivez celui-ci.")
    String error_producer_frozen();

    // Errors and labels written by Java code

    @Message("{#when category}{#is EPICERIE_SECHE}Épicerie sèche{#is FRUITS_LEGUMES}Fruits et légumes{#is FRAIS}Frais{#is LIQUIDES}Liquides{#is HYGIENE}Hygiène{#is ENTRETIEN}Entretien{/when}")
    String category(ProductCategory category);

    @Message("{#when unit}{#is KG}kg{#is LITRE}L{#is PIECE}pièce{/when}")
    String sale_unit(SaleUnit unit);

    /** A quantity with its unit, {@code plural} from {@link Amounts#plural}: "20 pièces", "1 pièce", "1,5 kg". */
    @Message("{quantity.qty} {#when unit}{#is KG}kg{#is LITRE}L{#is PIECE}{#if plural}pièces{#else}pièce{/if}{/when}")
    String quantity(java.math.BigDecimal quantity, SaleUnit unit, boolean plural);

    /** A producer's case by what it holds ({@link Amounts#caseOf}): "un sac de 25 kg", "un carton de 6 bouteilles". */
    @Message("{#when container}{#is SACK}un sac de {size}{#is CAN}un bidon de {size}{#is BOTTLES}un carton de {count} {#if plural}bouteilles{#else}bouteille{/if}{#is CANS}un carton de {count} {#if plural}bidons{#else}bidon{/if} de {each}{#is PIECES}un carton de {size}{/when}")
    String container(Amounts.Container container, String size, int count, boolean plural, String each);

    @Message("Aucun compte n'a l'identifiant « {login} ».")
    String error_unknown_login(String login);

    @Message("Ce compte n'a pas le rôle producteur.")
    String error_not_producer_role();

    @Message("Ce compte est déjà lié au producteur « {producer} ».")
    String error_account_linked(String producer);

    @Message("Votre compte n'est lié à aucun producteur.")
    String error_no_producer_linked();

    @Message("Aucun producteur n'est lié à votre compte.")
    String error_no_producer_for_account();

    @Message("Ce producteur n'existe pas.")
    String error_producer_not_found();

    @Message("Ce produit n'existe pas.")
    String error_product_not_found();

    @Message("Le producteur doit appartenir à la même antenne que le produit.")
    String error_producer_other_antenna();

    @Message("Ce producteur a déjà un produit de ce nom.")
    String error_product_name_taken();

    @Message("Groupement d'achat inconnu : {id}.")
    String error_unknown_group(String id);

    @Message("Le groupement « {group} » n'appartient pas à l'antenne du producteur.")
    String error_group_other_antenna(String group);

    @Message("Indiquez l'organisme certificateur (exemple : Ecocert).")
    String error_certifier_required();

    @Message("Cette antenne n'existe pas.")
    String error_antenna_not_found();

    @Message("Un producteur ne peut pas changer d'antenne.")
    String error_producer_antenna_locked();

    @Message("Un producteur porte déjà ce nom dans cette antenne.")
    String error_producer_name_taken();

    @Message("Catégorie inconnue : « {text} ».")
    String error_unknown_category(String text);

    @Message("Choisissez un fichier CSV.")
    String error_csv_file_required();

    @Message("Choisissez l'antenne dans laquelle importer.")
    String error_import_antenna_required();

    @Message("Fichier CSV illisible.")
    String error_csv_unreadable();

    @Message("Colonne obligatoire absente.")
    String error_csv_column_missing();

    @Message("Le fichier ne contient aucune ligne de produit.")
    String error_csv_no_product();

    @Message("Producteur inconnu dans cette antenne : « {name} ».")
    String error_csv_unknown_producer(String name);

    @Message("Ce produit figure déjà ligne {line} du fichier.")
    String error_csv_duplicate_product(int line);

    @Message("Groupement inconnu dans cette antenne : « {name} ».")
    String error_csv_unknown_group(String name);

    @Message("Montant trop grand.")
    String error_amount_too_large();

    @Message("Le taux de TVA doit être 5,5, 10 ou 20 %.")
    String error_unknown_vat();

    @Message("Le minimum de commande doit être un multiple du pas (ou 0).")
    String error_minimum_not_multiple();

    @Message("« {text} » n'est pas un nombre entier.")
    String error_not_integer(String text);

    @Message("Choix invalide.")
    String error_invalid_choice();

    @Message("Catégorie inconnue : « {text} » (attendu : Épicerie sèche, Fruits et légumes, Frais, Liquides, Hygiène ou Entretien).")
    String error_category_expected(String text);

    @Message("Unité inconnue : « {text} » (attendu : kg, L ou pièce).")
    String error_unit_expected(String text);

    @Message("Répondez par oui ou non (et non « {text} »).")
    String error_yes_no(String text);
}
