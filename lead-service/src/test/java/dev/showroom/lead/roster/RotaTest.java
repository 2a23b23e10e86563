package dev.showroom.lead.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.platform.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RotaTest {

    final Predicate<String> consultants = Set.of("ann", "bob", "cai")::contains;

    @Test
    void theTurnGoesDownTheDutyInOrderAndStartsAgain() {
        List<String> turns = new ArrayList<>();
        for (long turn = 0; turn < 5; turn++) {
            turns.add(Rota.turn(List.of("cai", "ann", "bob"), turn));
        }
        assertEquals(List.of("cai", "ann", "bob", "cai", "ann"), turns);
    }

    @Test
    void nobodyOnDutyHasNoTurn() {
        assertNull(Rota.turn(List.of(), 0));
    }

    @Test
    void aMemberNoLongerAnActiveConsultantIsPassedOverKeepingTheOrder() {
        assertEquals(List.of("cai", "ann"), Rota.available(List.of("cai", "gone", "ann"), consultants));
    }

    @Test
    void aDutyNamesActiveConsultantsOnceEachNamingThePlaceOfTheWrongOne() {
        assertEquals(List.of(), Rota.problems(List.of("ann", "bob"), consultants));
        List<Problem.FieldError> errors = Rota.problems(List.of("ann", "stranger", "ann"), consultants);
        assertEquals(
                List.of("consultants[1]", "consultants[2]"),
                errors.stream().map(Problem.FieldError::field).toList());
        assertEquals(
                List.of("rosterConsultant", "unique"),
                errors.stream().map(Problem.FieldError::rule).toList());
    }
}
