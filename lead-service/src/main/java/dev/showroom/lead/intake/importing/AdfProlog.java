package dev.showroom.lead.intake.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prolog of an ADF file as lead providers send it, made into one a strict XML parser reads. The ADF 1.0
 * specification's own example begins {@code <?ADF VERSION "1.0"?>} and then {@code <?XML VERSION "1.0"?>}: an XML
 * declaration after another processing instruction, in capitals, which XML forbids (the declaration, lower case,
 * may only come first). Providers also send a byte order mark, blank lines or comments before the declaration, and
 * the declaration again further down.
 *
 * <p>What is taken away: a byte order mark, and before the root element every processing instruction (the ADF
 * version, any XML declaration), comment and blank; anywhere else, an XML declaration in any case (any other
 * processing instruction is legal XML and the reader ignores it). Nothing else: a document type declaration stays
 * where it is, so the parser still refuses it (no DTD, no entities, no XXE), and so does anything not well-formed.
 * The text is already characters (the declared encoding does not matter any more).
 */
public final class AdfProlog {

    /** An XML declaration in any case: {@code <?xml ...?>}, {@code <?XML VERSION "1.0"?>}. */
    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?[xX][mM][lL](?=[\\s?])[^>]*?\\?>");

    private AdfProlog() {}

    public static String tolerant(String xml) {
        String s = xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
        int at = 0;
        while (true) {
            int start = skipBlanks(s, at);
            if (s.startsWith("<?", start)) {
                int end = s.indexOf("?>", start + 2);
                if (end < 0) {
                    return s; // an unclosed instruction: the parser says what is wrong
                }
                at = end + 2;
            } else if (s.startsWith("<!--", start)) {
                int end = s.indexOf("-->", start + 4);
                if (end < 0) {
                    return s;
                }
                at = end + 3;
            } else {
                at = start;
                break;
            }
        }
        Matcher declaration = XML_DECLARATION.matcher(s.substring(at));
        return declaration.replaceAll("");
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
