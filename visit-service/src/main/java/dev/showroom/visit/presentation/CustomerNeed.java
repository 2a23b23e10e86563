package dev.showroom.visit.presentation;

/**
 * The item of the needs analysis a selling point answers (docs/process.md, step 4): NEADS (now driving, enjoys,
 * would alter, decision maker, solution sought) and FORM (family, occupation, recreation, money).
 */
public enum CustomerNeed {
    NOW_DRIVING,
    ENJOYS,
    WOULD_ALTER,
    DECISION_MAKER,
    SOLUTION_SOUGHT,
    FAMILY,
    OCCUPATION,
    RECREATION,
    MONEY
}
