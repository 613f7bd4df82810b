package dev.rolebook.model;

/**
 * The employer named on job postings and role sheets. Only the name is required.
 *
 * @param logo path of an image, relative to the catalog file, or {@code null}
 * @param logoUrl where the same logo is published on the web, for job boards (which take a URL), or {@code null}
 * @param logoAlt what the logo shows, for readers who cannot see it; {@code null}: the name stands for it
 */
public record Organization(String name, String website, String address, String email, String logo, String logoUrl,
        String logoAlt) {}
