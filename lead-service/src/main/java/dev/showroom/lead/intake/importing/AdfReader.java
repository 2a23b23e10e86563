package dev.showroom.lead.intake.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads ADF (Auto-lead Data Format) XML: {@code <adf><prospect>} with {@code <customer><contact>},
 * {@code <vehicle>}, {@code <vendor>} and {@code <provider>}. The prolog is read as providers and the ADF 1.0
 * specification write it ({@link AdfProlog}: {@code <?ADF VERSION "1.0"?>} before {@code <?XML VERSION "1.0"?>}).
 * DTDs and external entities are still refused (no XXE, no entity expansion bombs). The prospect's phone is the
 * first one that is not a fax or pager; it is read in the dealer's region unless it carries its country code
 * ({@code +1 …}), as every capture is.
 */
public final class AdfReader {

    private AdfReader() {}

    public static List<ImportedRecord> read(String xml) {
        Document doc = parse(AdfProlog.tolerant(xml));
        Element root = doc.getDocumentElement();
        if (!"adf".equalsIgnoreCase(root.getTagName())) {
            throw new MalformedFileException("the root element must be <adf>, not <" + root.getTagName() + ">");
        }
        List<ImportedRecord> records = new ArrayList<>();
        int index = 0;
        for (Element prospect : children(root, "prospect")) {
            index++;
            Element customer = first(prospect, "customer");
            Element contact = customer == null ? null : first(customer, "contact");
            if (contact == null) {
                records.add(ImportedRecord.unreadable(index, "prospect has no <customer><contact>"));
                continue;
            }
            Element vehicle = first(prospect, "vehicle");
            String model = null;
            if (vehicle != null) {
                StringJoiner joiner = new StringJoiner(" ");
                for (String part : new String[] {"make", "model", "trim"}) {
                    String text = text(first(vehicle, part));
                    if (text != null) {
                        joiner.add(text);
                    }
                }
                model = joiner.length() == 0 ? null : joiner.toString();
            }
            Element provider = first(prospect, "provider");
            String source = provider == null ? null : name(provider);
            records.add(new ImportedRecord(
                    index,
                    name(contact),
                    phone(contact),
                    text(first(contact, "email")),
                    null,
                    source,
                    model,
                    text(first(customer, "comments")),
                    null));
        }
        if (index == 0) {
            throw new MalformedFileException("the <adf> document holds no <prospect>");
        }
        return records;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no parser chatter on stderr
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new MalformedFileException("not well-formed ADF XML: " + reason);
        }
    }

    /** The first {@code <phone>} that reaches the person: a fax or pager number is no prospect's phone. */
    private static String phone(Element contact) {
        for (Element phone : children(contact, "phone")) {
            String type = phone.getAttribute("type").strip().toLowerCase(java.util.Locale.ROOT);
            if (!type.equals("fax") && !type.equals("pager") && text(phone) != null) {
                return text(phone);
            }
        }
        return null;
    }

    /** {@code <name part="full">}, or first and last joined, or a plain {@code <name>}. */
    private static String name(Element parent) {
        String full = null;
        String firstName = null;
        String last = null;
        for (Element name : children(parent, "name")) {
            String part = name.getAttribute("part");
            switch (part) {
                case "first" -> firstName = text(name);
                case "last" -> last = text(name);
                default -> full = text(name);
            }
        }
        if (full != null) {
            return full;
        }
        if (firstName == null && last == null) {
            return null;
        }
        return ((firstName == null ? "" : firstName) + " " + (last == null ? "" : last)).strip();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equalsIgnoreCase(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }
}
