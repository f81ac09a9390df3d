package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.model.Aux;
import org.rasd.model.Event;
import org.rasd.model.EventType;

/**
 * Negated and future forms across the PLOVER types, through the real stages. A future CONSULT, SUPPORT,
 * COOPERATE or AID is coded AGREE and a future RETREAT CONCEDE (PLOVER manual), without the future aux.
 */
class ModesByTypeTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            لم تتفق مصر مع إثيوبيا على تقاسم المياه.              | AGREE     | EGY | ETH | negation
            لم يجتمع وزير الخارجية السعودي مع نظيره الإيراني.      | CONSULT   | SAU | IRN | negation
            سيلتقي الرئيس التركي نظيره الروسي في سوتشي.            | AGREE     | TUR | RUS | -
            سترحب الحكومة الأردنية بالمبادرة.                      | AGREE     | JOR |     | -
            لم تعتذر إسرائيل لتركيا.                                | CONCEDE   | ISR | TUR | negation
            ستعتذر اليابان لكوريا الجنوبية.                         | CONCEDE   | JPN | KOR | future
            لم تنضم سويسرا إلى الاتحاد الأوروبي.                   | COOPERATE | CHE |     | negation
            ستنضم السويد إلى حلف شمال الأطلسي.                     | AGREE     | SWE |     | -
            لم تقدم الولايات المتحدة مساعدات إلى لبنان.             | AID       | USA | LBN | negation
            ستقدم ألمانيا مساعدات إلى لبنان.                        | AGREE     | DEU | LBN | -
            لم تفرج السلطات المصرية عن الصحفيين.                    | RETREAT   | EGY |     | negation
            ستفرج إسرائيل عن الأسرى.                                | CONCEDE   | ISR |     | -
            لم تطالب فرنسا بريطانيا بتسليم المتهم.                  | REQUEST   | FRA | GBR | negation
            ستطالب الجامعة العربية مجلس الأمن بالتدخل.              | REQUEST   | IGO |     | future
            لم تتهم باكستان الهند بتدبير الهجوم.                    | ACCUSE    | PAK | IND | negation
            ستنتقد ألمانيا السياسة الأمريكية.                       | ACCUSE    | DEU | USA | future
            لم ترفض إيران العرض.                                    | REJECT    | IRN |     | negation
            لم تهدد الصين تايوان.                                   | THREATEN  | CHN | TWN | negation
            ستهدد روسيا أوكرانيا بقطع الغاز.                        | THREATEN  | RUS | UKR | future
            سيتظاهر آلاف العمال غدا في القاهرة.                     | PROTEST   | EGY |     | future
            لم تفرض الصين عقوبات على كوريا الشمالية.               | SANCTION  | CHN | PRK | negation
            ستفرض بريطانيا عقوبات على روسيا.                        | SANCTION  | GBR | RUS | future
            لم تنشر روسيا قوات على الحدود.                          | MOBILIZE  | RUS |     | negation
            ستنشر الولايات المتحدة قوات إضافية في بولندا.           | MOBILIZE  | USA |     | future
            لم تعتقل الشرطة الأردنية أي متظاهر.                     | COERCE    | JOR |     | negation
            ستعتقل الشرطة التركية المشتبه بهم في إسطنبول.           | COERCE    | TUR |     | future
            لم تقصف الطائرات الإسرائيلية قطاع غزة أمس.             | ASSAULT   | ISR |     | negation
            ستهاجم القوات التركية مدينة منبج غدا.                   | ASSAULT   | TUR |     | future
            """)
    void codesTypeArgumentsAndAux(String text, EventType type, String actor, String recipient, String aux) {
        List<Event> all = Pipeline.events(text.trim(), DATE);
        List<Event> es = all.stream().filter(e -> e.type() == type).toList();
        assertThat(es).as("%s in %s: %s", type, text, all).isNotEmpty();
        Event e = es.get(0);
        assertThat(e.actor()).as("actor of %s", e).anyMatch(a -> actor.equals(a.actor().country()));
        if (recipient != null) {
            assertThat(e.recipient()).as("recipient of %s", e).anyMatch(a -> recipient.equals(a.actor().country()));
        }
        if (aux.trim().equals("-")) {
            assertThat(e.aux()).as("aux of %s", e).isEmpty();
        } else {
            assertThat(e.aux()).as("aux of %s", e).contains(Aux.valueOf(aux.trim().toUpperCase()));
        }
    }
}
