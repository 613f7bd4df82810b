package dev.rolebook.model;

import java.util.List;

/**
 * A department and its roles.
 *
 * @param quotes sayings the source prints with the department (after its roles)
 */
public record Department(String id, String name, List<Role> roles, List<Quote> quotes) {

    public Department {
        roles = Lists.copy(roles);
        quotes = Lists.copy(quotes);
    }
}
