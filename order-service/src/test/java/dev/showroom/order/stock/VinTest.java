package dev.showroom.order.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1M8GDM9AXKP042788",
                "1HGCM82633A004352",
                "JHMCM56557C404453",
                "11111111111111111",
                "LSVAU218XN2183294",
                "lsvau218xn2183294"
            })
    void validVinsIncludingCheckDigitX(String vin) {
        assertTrue(Vin.isValid(vin), Vin.problem(vin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1M8GDM9A1KP042788", "LSVAU2180N2183294", "WVWZZZ1JZXW000001"})
    void aWrongCheckDigitIsRefused(String vin) {
        assertTrue(Vin.problem(vin).contains("check digit"), Vin.problem(vin));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1M8GDM9AXKP04278",
                "1M8GDM9AXKP0427888",
                "",
                "IM8GDM9AXKP042788",
                "1M8GDM9AXKO042788",
                "1M8GDM9AXKQ042788",
                "1M8GDM9AXKP04278-"
            })
    void lengthAndCharactersAreChecked(String vin) {
        assertFalse(Vin.isValid(vin));
        assertNotNull(Vin.problem(vin));
    }

    @org.junit.jupiter.api.Test
    void checkDigitIsComputedFromTheOtherSixteen() {
        assertEquals('X', Vin.checkDigit("1M8GDM9A0KP042788"));
        assertEquals('3', Vin.checkDigit("1HGCM82603A004352"));
    }
}
