package org.paniercommun.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import org.paniercommun.web.ConflictException;
import org.paniercommun.web.InvalidInputException;

/** Creates accounts; the only place that hashes passwords. */
@ApplicationScoped
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 8;

    @Transactional
    public UserAccount create(String login, String password, String displayName, Collection<String> roles) {
        String normalized = UserAccount.normalizeLogin(login);
        if (normalized == null || normalized.isEmpty()) {
            throw new InvalidInputException("login", "L'identifiant est obligatoire.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "Le mot de passe doit faire au moins " + MIN_PASSWORD_LENGTH + " caractères.");
        }
        for (String role : roles) {
            if (!Role.ALL.contains(role)) {
                throw new InvalidInputException("roles", "Rôle inconnu : " + role);
            }
        }
        if (UserAccount.findByLogin(normalized).isPresent()) {
            throw new ConflictException("Un compte existe déjà avec l'identifiant « " + normalized + " ».");
        }
        UserAccount account = new UserAccount();
        account.login = normalized;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.displayName = displayName == null || displayName.isBlank() ? normalized : displayName.trim();
        account.roles = String.join(",", roles);
        account.persist();
        return account;
    }
}
