package dev.showroom.aftersales.messaging;

import dev.showroom.platform.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a message template and how they are filled: placeholders in braces ({@code {name}}, {@code
 * {time}}, {@code {date}}, {@code {model}}, {@code {link}}, {@code {occasion}}, {@code {optOutLink}}) are replaced by the
 * values of the message; a template that does not say how to stop gets the opt-out line of its language
 * appended, so no message goes out without it. Plain rules, no framework.
 */
public final class TemplateText {

    public static final Set<String> PLACEHOLDERS =
            Set.of("name", "time", "date", "model", "link", "occasion", "optOutLink");
    public static final int MAX_BODY = 1000;
    public static final int MAX_SUBJECT = 200;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private TemplateText() {}

    /** The rules a template's words break (400 naming the field), none when it may be saved. */
    public static List<Problem.FieldError> check(String subject, String body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            errors.add(new Problem.FieldError("body", "required", "the message's text is required"));
        } else {
            if (body.length() > MAX_BODY) {
                errors.add(new Problem.FieldError("body", "maxLength", "at most " + MAX_BODY + " characters"));
            }
            unknown(body)
                    .forEach(p -> errors.add(new Problem.FieldError(
                            "body", "unknownPlaceholder", "{" + p + "} is not a placeholder; known: " + known())));
        }
        if (subject != null) {
            if (subject.length() > MAX_SUBJECT) {
                errors.add(new Problem.FieldError("subject", "maxLength", "at most " + MAX_SUBJECT + " characters"));
            }
            unknown(subject)
                    .forEach(p -> errors.add(new Problem.FieldError(
                            "subject", "unknownPlaceholder", "{" + p + "} is not a placeholder; known: " + known())));
        }
        return errors;
    }

    /**
     * The text with its placeholders filled ({@code values}; one without a value becomes empty) and the opt-out
     * line of {@code language} appended when the text has no {@code {optOutLink}}.
     */
    public static String render(String text, Map<String, String> values, String language, boolean appendOptOut) {
        if (text == null) {
            return null;
        }
        String withLine = text;
        if (appendOptOut && !text.contains("{optOutLink}")) {
            withLine = text + optOutLine(language);
        }
        Matcher m = PLACEHOLDER.matcher(withLine);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = PLACEHOLDERS.contains(key) ? values.getOrDefault(key, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What a date not known yet reads as (a delay's new date, a handover not agreed yet). */
    public static String toBeConfirmed(String language) {
        return language != null && language.startsWith("zh") ? "待确认" : "to be confirmed";
    }

    /** A handover day not agreed yet (an invitation without an expected date, or with one already past). */
    public static String dayToAgree(String language) {
        return language != null && language.startsWith("zh") ? "与顾问约定的时间" : "a day your consultant will agree with you";
    }

    /** The car when the customer copy does not know its model yet. */
    public static String car(String language) {
        return language != null && language.startsWith("zh") ? "新车" : "new car";
    }

    /** The line every message ends with unless its template places the link itself. */
    static String optOutLine(String language) {
        return language != null && language.startsWith("zh")
                ? " 回复STOP或打开 {optOutLink} 退订"
                : " Reply STOP or open {optOutLink} to stop these messages.";
    }

    private static List<String> unknown(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static String known() {
        return String.join(
                ", ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
    }

    /** The defaults a dealer starts with, per kind and language (zh-CN, en; another language falls back to en). */
    public static Default byDefault(MessageKind kind, String language) {
        boolean zh = language != null && language.startsWith("zh");
        return zh ? ZH.get(kind) : EN.get(kind);
    }

    public record Default(String subject, String body) {}

    private static final Map<MessageKind, Default> EN = Map.of(
            MessageKind.VISIT_THANK_YOU,
                    new Default(
                            "Thank you for your visit",
                            "Dear {name}, thank you for visiting our showroom today. We look forward to seeing you again."),
            MessageKind.APPOINTMENT_REMINDER,
                    new Default(
                            "Your appointment tomorrow",
                            "Dear {name}, a reminder of your appointment at our showroom on {time}. We look forward to"
                                    + " seeing you."),
            MessageKind.TEST_DRIVE_CONFIRMATION,
                    new Default(
                            "Your test drive is booked",
                            "Dear {name}, your test drive of the {model} is booked for {time}. Please bring your"
                                    + " driving licence."),
            MessageKind.DELIVERY_INVITATION,
                    new Default(
                            "Your new car is ready",
                            "Dear {name}, your {model} is ready. We invite you to the handover on {time}."),
            MessageKind.DELIVERY_DELAYED,
                    new Default(
                            "Your new car is delayed",
                            "Dear {name}, we are sorry: your {model} will not be ready on {time} as planned. New"
                                    + " expected date: {date}. Your consultant will keep you informed."),
            MessageKind.SURVEY_LINK,
                    new Default("How did we do?", "Dear {name}, please tell us how we did (two minutes): {link}"),
            MessageKind.HOLIDAY_GREETING,
                    new Default(
                            "Season's greetings",
                            "Dear {name}, warm wishes for {occasion} from all of us at the showroom."));

    private static final Map<MessageKind, Default> ZH = Map.of(
            MessageKind.VISIT_THANK_YOU, new Default("感谢您的光临", "尊敬的{name}，感谢您今天光临本店，期待再次为您服务。"),
            MessageKind.APPOINTMENT_REMINDER, new Default("明日预约提醒", "尊敬的{name}，提醒您{time}到店的预约，我们恭候您的光临。"),
            MessageKind.TEST_DRIVE_CONFIRMATION, new Default("试驾预约确认", "尊敬的{name}，您{time}的{model}试驾已预约成功，请携带驾驶证。"),
            MessageKind.DELIVERY_INVITATION, new Default("新车交付邀请", "尊敬的{name}，您的{model}已准备就绪，诚邀您于{time}到店提车。"),
            MessageKind.DELIVERY_DELAYED,
                    new Default("交车延期通知", "尊敬的{name}，非常抱歉，您的{model}无法按原计划于{time}交付，新的预计交付日期：{date}。您的顾问会随时与您联系。"),
            MessageKind.SURVEY_LINK, new Default("满意度调查", "尊敬的{name}，请花两分钟告诉我们您的感受：{link}"),
            MessageKind.HOLIDAY_GREETING, new Default("节日问候", "尊敬的{name}，值此{occasion}之际，全体员工祝您节日快乐！"));
}
