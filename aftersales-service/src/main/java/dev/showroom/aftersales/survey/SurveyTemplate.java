package dev.showroom.aftersales.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A version of a survey: never changed once written, so every answer keeps the questions it was given. */
@Entity
@Table(name = "survey_template")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class SurveyTemplate extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String code;
    public int version;
    public String title;
    /** The questions as a JSON array. */
    public String questions;

    public Instant createdAt;

    @Transient
    private List<Question> parsed;

    public List<Question> questionList() {
        if (parsed == null) {
            try {
                parsed = JSON.readValue(questions, new TypeReference<List<Question>>() {});
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("survey template " + id + " has unreadable questions", e);
            }
        }
        return parsed;
    }

    static String write(List<Question> questions) {
        try {
            return JSON.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
