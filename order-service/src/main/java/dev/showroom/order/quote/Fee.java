package dev.showroom.order.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A fee the customer pays with the car (registration, insurance, licence plate, delivery...). */
public record Fee(
        @NotBlank @Size(max = 100) String name,

        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount) {}
