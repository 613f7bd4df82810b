package dev.rolebook.model;

import java.math.BigDecimal;

/**
 * Pay offered for a role.
 *
 * @param min lowest amount, or {@code null} when only a maximum is given
 * @param max highest amount, or {@code null} when only a minimum is given
 * @param currency ISO 4217 code, for example {@code AMD}
 */
public record Salary(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {}
