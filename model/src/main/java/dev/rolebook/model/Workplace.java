package dev.rolebook.model;

/**
 * Where the work is done. Any part may be {@code null}.
 *
 * @param country ISO 3166-1 alpha-2 code, for example {@code AM}
 * @param remote whether the role can be done from anywhere
 */
public record Workplace(String street, String city, String region, String postalCode, String country, Boolean remote) {}
