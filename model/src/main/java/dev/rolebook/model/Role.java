package dev.rolebook.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One job role: what the source says of it, and what a job posting needs besides.
 *
 * @param id kebab-case id, unique in the catalog
 * @param alternativeTitle a second name, such as the English one the source gives in parentheses
 * @param summary paragraphs describing the role
 * @param pitfalls what to avoid, or {@code null} when the catalog does not say
 * @param example a worked example, or {@code null} when the catalog does not give one
 * @param requirements qualifications asked of a candidate
 * @param employmentType the kind of contract, or {@code null}
 * @param validThrough last day a posting for this role is open, or {@code null}
 * @param datePosted the day a posting for this role was first published, for job boards; {@code null}: the
 *     document's date
 * @param occupationalCategory an occupation code job boards understand (ISCO-08 or O*NET-SOC), or {@code null}
 */
public record Role(
        String id,
        String title,
        String alternativeTitle,
        List<String> summary,
        Responsibilities responsibilities,
        Pitfalls pitfalls,
        Example example,
        List<String> requirements,
        String reportsTo,
        EmploymentType employmentType,
        Workplace location,
        Salary salary,
        LocalDate validThrough,
        LocalDate datePosted,
        String occupationalCategory) {

    public Role {
        summary = Lists.copy(summary);
        requirements = Lists.copy(requirements);
    }
}
