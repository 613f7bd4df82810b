package dev.rolebook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of employment, as schema.org's {@code JobPosting.employmentType} names them. */
public enum EmploymentType {
    @JsonProperty("full-time") FULL_TIME,
    @JsonProperty("part-time") PART_TIME,
    @JsonProperty("contractor") CONTRACTOR,
    @JsonProperty("temporary") TEMPORARY,
    @JsonProperty("intern") INTERN,
    @JsonProperty("volunteer") VOLUNTEER,
    @JsonProperty("per-diem") PER_DIEM,
    @JsonProperty("other") OTHER
}
