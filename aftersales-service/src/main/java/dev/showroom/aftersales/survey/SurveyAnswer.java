package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** The answer to one question; kind and step are copied so that scores never need the template. */
@Entity
@Table(name = "survey_answer")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class SurveyAnswer extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID surveyId;
    public String questionCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Step step;
    /** RATING_1_5 and NPS_0_10 */
    public Integer score;

    public Boolean yes;
    public String text;
    /** The checkpoint a yes/no answer confirms or denies (copied from its question), else null. */
    public String checkpoint;
}
