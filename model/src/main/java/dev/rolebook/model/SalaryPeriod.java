package dev.rolebook.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The time a salary amount is paid for. */
public enum SalaryPeriod {
    @JsonProperty("hour") HOUR,
    @JsonProperty("day") DAY,
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH,
    @JsonProperty("year") YEAR
}
