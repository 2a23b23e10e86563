package dev.showroom.lead.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ADF as lead providers and the ADF 1.0 specification write it; still no DTD and no entities. */
class AdfReaderTest {

    /** The example of the ADF 1.0 specification, as printed there (its prolog in that order, in capitals). */
    static final String SPEC_EXAMPLE = """
            <?ADF VERSION "1.0"?>
            <?XML VERSION "1.0"?>
            <adf>
             <prospect>
              <requestdate>2000-03-30T15:30:20-08:00</requestdate>
              <vehicle>
               <year>1999</year>
               <make>Chevrolet</make>
               <model>Blazer</model>
              </vehicle>
              <customer>
               <contact>
                <name part="full">John Doe</name>
                <phone>393-999-3922</phone>
               </contact>
              </customer>
              <vendor>
               <contact>
                <name part="full">Acura of Bellevue</name>
               </contact>
              </vendor>
             </prospect>
            </adf>
            """;

    @Test
    void theSpecificationsOwnExampleIsRead() {
        List<ImportedRecord> records = AdfReader.read(SPEC_EXAMPLE);
        assertEquals(1, records.size());
        assertEquals("John Doe", records.get(0).name());
        assertEquals("393-999-3922", records.get(0).phone());
        assertEquals("Chevrolet Blazer", records.get(0).modelOfInterest());
    }

    @Test
    void prologsAsProvidersSendThemAreRead() {
        String body = "<adf><prospect><customer><contact><name>Li Lei</name><phone>13912345678</phone></contact>"
                + "</customer></prospect></adf>";
        for (String prolog : List.of(
                "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?adf version=\"1.0\"?>\n",
                "\n\n  <?xml version=\"1.0\"?>\n",
                "<?adf version=\"1.0\"?><?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<!-- exported by LeadPortal 4.2 -->\n<?XML VERSION=\"1.0\"?>\n<?ADF VERSION \"1.0\"?>\n",
                "<?ADF VERSION \"1.0\"?>\n<?XML VERSION “1.0”?>\n")) {
            List<ImportedRecord> records = AdfReader.read(prolog + body);
            assertEquals("Li Lei", records.get(0).name(), prolog);
        }
        // an instruction in an odd place further down, the declaration repeated inside
        List<ImportedRecord> odd = AdfReader.read("<?ADF VERSION \"1.0\"?><adf><?ADF VERSION \"1.0\"?><prospect>"
                + "<?xml version=\"1.0\"?><customer><contact><name>Han Mei</name><phone>13912345679</phone>"
                + "</contact></customer></prospect></adf>");
        assertEquals("Han Mei", odd.get(0).name());
    }

    @Test
    void aFaxNumberIsNotTheProspectsPhone() {
        List<ImportedRecord> records = AdfReader.read("<adf><prospect><customer><contact><name>Wu Fei</name>"
                + "<phone type=\"fax\">02155550000</phone><phone type=\"cellphone\">13912345678</phone>"
                + "</contact></customer></prospect></adf>");
        assertEquals("13912345678", records.get(0).phone());
    }

    @Test
    void aDocumentTypeIsStillRefusedWhereverThePrologPutsIt() {
        for (String hostile : List.of(
                "<?ADF VERSION \"1.0\"?>\n<?XML VERSION \"1.0\"?>\n<!DOCTYPE adf [<!ENTITY xxe SYSTEM"
                        + " \"file:///etc/passwd\">]>\n<adf><prospect><customer><contact><name>&xxe;</name>"
                        + "<phone>13912345678</phone></contact></customer></prospect></adf>",
                "<!-- x --><!DOCTYPE adf [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                        + "<adf><prospect><customer><contact><name>&b;</name><phone>13912345678</phone></contact>"
                        + "</customer></prospect></adf>")) {
            MalformedFileException refused = assertThrows(MalformedFileException.class, () -> AdfReader.read(hostile));
            assertTrue(refused.getMessage().contains("not well-formed"), refused.getMessage());
        }
    }

    @Test
    void brokenXmlIsStillRefused() {
        assertThrows(MalformedFileException.class, () -> AdfReader.read("<?ADF VERSION \"1.0\"?><adf><prospect>"));
        assertThrows(MalformedFileException.class, () -> AdfReader.read("<?ADF VERSION \"1.0\""));
    }
}
