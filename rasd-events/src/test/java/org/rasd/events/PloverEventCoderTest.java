package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.ActorMention;
import org.rasd.model.Aux;
import org.rasd.model.Event;
import org.rasd.model.EventType;

/** The coder through the real stages (text -> entities -> events) on realistic news sentences. */
class PloverEventCoderTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    private static Event only(String text, EventType type) {
        List<Event> es = Pipeline.events(text, DATE).stream().filter(e -> e.type() == type).toList();
        assertThat(es).as("%s events in: %s (all: %s)", type, text, Pipeline.events(text, DATE)).isNotEmpty();
        return es.get(0);
    }

    private static List<String> countries(List<ActorMention> as) {
        return as.stream().map(a -> a.actor().country()).toList();
    }

    private static List<String> names(List<ActorMention> as) {
        return as.stream().map(a -> a.actor().name()).toList();
    }

    @Test
    void welcomeGovernsItsRecipientWithBa() {
        Event e = only("رحبت مصر بالقرار الذي اتخذه الأردن.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("EGY");
        assertThat(e.aux()).isEmpty();
        assertThat(e.provenance().triggerText()).isEqualTo("رحبت");
    }

    @Test
    void praiseNounAfterLightVerbTakesTheLightVerbsSubject() {
        Event e = only("وأعربت فرنسا عن تقديرها للمغرب على جهوده.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("FRA");
        assertThat(countries(e.recipient())).containsExactly("MAR");
    }

    @Test
    void negatedWelcome() {
        Event e = only("لم ترحب تركيا بالخطة.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("TUR");
        assertThat(e.aux()).contains(Aux.NEGATION);
    }

    @Test
    void meetingWithPreposition() {
        Event e = only("اجتمع وزير الخارجية الأردني مع نظيره الروسي في موسكو.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("JOR");
        assertThat(e.location()).extracting(l -> l.place().name()).containsExactly("Moscow");
    }

    @Test
    void futureVisitIsAnAgree() {
        Event e = only("سيزور الرئيس الفرنسي الجزائر الشهر المقبل.", EventType.AGREE);
        assertThat(countries(e.actor())).containsExactly("FRA");
        assertThat(countries(e.recipient())).containsExactly("DZA");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void agreementBetweenTwoParties() {
        Event e = only("اتفقت قطر مع تركيا على تعزيز التعاون.", EventType.AGREE);
        assertThat(countries(e.actor())).containsExactly("QAT");
        assertThat(countries(e.recipient())).containsExactly("TUR");
    }

    @Test
    void joiningAnOrganizationIsCooperate() {
        Event e = only("انضمت فنلندا إلى حلف شمال الأطلسي.", EventType.COOPERATE);
        assertThat(countries(e.actor())).containsExactly("FIN");
        assertThat(e.recipient()).isNotEmpty();
    }

    @Test
    void callWithObjectAndIla() {
        Event e = only("دعت الأمم المتحدة إيران إلى الإفراج عن المعتقلين.", EventType.REQUEST);
        assertThat(countries(e.actor())).containsExactly("UNO");
        assertThat(countries(e.recipient())).containsExactly("IRN");
    }

    @Test
    void accusation() {
        Event e = only("اتهمت روسيا أوكرانيا بقصف المدنيين.", EventType.ACCUSE);
        assertThat(countries(e.actor())).containsExactly("RUS");
        assertThat(countries(e.recipient())).containsExactly("UKR");
        assertThat(e.mode()).isEqualTo("allege");
    }

    @Test
    void condemnation() {
        Event e = only("أدانت السعودية الهجوم على ناقلة النفط.", EventType.ACCUSE);
        assertThat(countries(e.actor())).containsExactly("SAU");
        assertThat(e.mode()).isEqualTo("disapprove");
    }

    @Test
    void rejectionInTheFuture() {
        Event e = only("لن ترفض إسرائيل المقترح المصري.", EventType.REJECT);
        assertThat(countries(e.actor())).containsExactly("ISR");
        assertThat(e.aux()).contains(Aux.NEGATION, Aux.FUTURE);
    }

    @Test
    void threat() {
        Event e = only("هددت كوريا الشمالية اليابان.", EventType.THREATEN);
        assertThat(countries(e.actor())).containsExactly("PRK");
        assertThat(countries(e.recipient())).containsExactly("JPN");
    }

    @Test
    void protestersDemonstrate() {
        Event e = only("تظاهر آلاف المحتجين أمس في بغداد.", EventType.PROTEST);
        assertThat(e.mode()).isEqualTo("demo");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void sanctionsImposed() {
        Event e = only("فرضت الولايات المتحدة عقوبات على إيران.", EventType.SANCTION);
        assertThat(countries(e.actor())).containsExactly("USA");
        assertThat(countries(e.recipient())).containsExactly("IRN");
    }

    @Test
    void arrestByPolice() {
        Event e = only("اعتقلت الشرطة التركية صحفيين في إسطنبول.", EventType.COERCE);
        assertThat(e.mode()).isEqualTo("arrest");
        assertThat(e.actor()).isNotEmpty();
    }

    @Test
    void airStrikeOnACity() {
        Event e = only("قصفت الطائرات الروسية مدينة إدلب أمس.", EventType.ASSAULT);
        assertThat(e.mode()).isNotNull();
    }

    @Test
    void passiveKillingPutsTheVictimsInTheRecipient() {
        Event e = only("قتل خمسة أشخاص في انفجار سيارة مفخخة في الموصل أمس.", EventType.ASSAULT);
        assertThat(names(e.recipient())).contains("people");
        assertThat(e.actor()).isEmpty();
    }

    @Test
    void releaseOfPrisoners() {
        Event e = only("أفرجت السلطات الإيرانية عن عشرة سجناء.", EventType.RETREAT);
        assertThat(e.mode()).isEqualTo("release");
    }

    @Test
    void futureWithdrawalIsAConcession() {
        Event e = only("ستنسحب القوات الأمريكية من سوريا.", EventType.CONCEDE);
        assertThat(e.aux()).doesNotContain(Aux.FUTURE);
    }

    @Test
    void apologyIsAConcession() {
        Event e = only("اعتذرت اليابان للصين.", EventType.CONCEDE);
        assertThat(countries(e.actor())).containsExactly("JPN");
        assertThat(countries(e.recipient())).containsExactly("CHN");
    }

    @Test
    void aidToRefugees() {
        Event e = only("قدمت الإمارات مساعدات إنسانية لليمن.", EventType.AID);
        assertThat(countries(e.actor())).containsExactly("ARE");
        assertThat(countries(e.recipient())).containsExactly("YEM");
    }

    @Test
    void deployingTroopsIsMobilize() {
        Event e = only("نشرت الهند قوات إضافية على الحدود.", EventType.MOBILIZE);
        assertThat(countries(e.actor())).containsExactly("IND");
    }

    @Test
    void hypotheticalAttack() {
        Event e = only("إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.", EventType.ASSAULT);
        assertThat(e.aux()).contains(Aux.HYPOTHETICAL);
    }

    @Test
    void everyEventCarriesItsEvidence() {
        String text = "رحبت مصر بالقرار.";
        for (Event e : Pipeline.events(text, DATE)) {
            assertThat(e.provenance().trigger().of(text)).isEqualTo(e.provenance().triggerText());
            assertThat(e.provenance().rule()).isNotBlank();
        }
    }

    @Test
    void nothingInAPlainSentence() {
        assertThat(Pipeline.events("الطقس معتدل في معظم المناطق.", DATE)).isEmpty();
    }

    @Test
    void roleAndNameInAppositionAreOnePerson() {
        // الرئيس التركي + رجب طيب أردوغان: one actor, and the next noun phrase is the recipient
        Event e = only("وطالب الرئيس التركي رجب طيب أردوغان الحكومة العراقية بحماية الحدود.", EventType.REQUEST);
        assertThat(names(e.actor())).containsExactly("Recep Tayyip Erdogan");
        assertThat(countries(e.recipient())).containsExactly("IRQ");
    }

    @Test
    void anUnlinkedNameTakesItsRolesCountryAndSector() {
        Event e = only("ناقش وزير الخارجية الأمريكي جون سميث مع ولي العهد السعودي الأمير محمد بن سلمان الأزمة.",
                EventType.CONSULT);
        assertThat(e.actor()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("وزير الخارجية الأمريكي جون سميث");
            assertThat(a.actor().country()).isEqualTo("USA");
            assertThat(a.actor().sector()).containsExactly("GOV");
        });
        assertThat(names(e.recipient())).containsExactly("Mohammed bin Salman");
    }

    @Test
    void objectAfterATimeSetOffByCommas() {
        Event e = only("استقبل العاهل الأردني الملك عبدالله الثاني، الثلاثاء، الرئيس الفلسطيني محمود عباس في عمان.",
                EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("PSE"); // the visitor acts; the host receives
        assertThat(countries(e.recipient())).containsExactly("JOR");
    }

    @Test
    void anActorNeverReceivesItsOwnEvent() {
        for (Event e : Pipeline.events("وعباس يطالبها بتسليم غزة. ودعمت إيران الحوثيين ودعمتها.", DATE)) {
            for (ActorMention a : e.actor()) {
                assertThat(e.recipient()).extracting(ActorMention::actor).doesNotContain(a.actor());
            }
        }
    }

    @Test
    void thePhrasesOwnObjectIsNotItsSubject() {
        Event e = only("قررت الكويت طرد السفير الإيراني.", EventType.SANCTION);
        assertThat(countries(e.actor())).containsExactly("KWT");
        assertThat(countries(e.recipient())).containsExactly("IRN");
    }

    @Test
    void settlersAttackingFarmersIsAnAssaultWithBothSides() {
        Event e = only("وهاجم مستوطنون إسرائيليون عددا من المزارعين الفلسطينيين في بلدة حوارة جنوب نابلس.",
                EventType.ASSAULT);
        assertThat(countries(e.actor())).containsExactly("ISR");
        assertThat(e.actor().get(0).actor().sector()).containsExactly("CVL");
        assertThat(countries(e.recipient())).containsExactly("PSE");
        assertThat(e.recipient().get(0).actor().sector()).containsExactly("AGR");
    }

    @Test
    void aConjoinedVerbSharesTheFirstVerbsSubjectNotItsObject() {
        Event e = only("وزير الخارجية المصري يزور قوات حفظ السلام ويطالب بحماية المدنيين.", EventType.REQUEST);
        assertThat(countries(e.actor())).containsExactly("EGY");
    }

    @Test
    void aRelativeClausesSubjectIsItsAntecedent() {
        Event e = only("وأوصى الوزير الأردني بحماية المحتجين، الذين يطالبون بإلغاء مشروع القانون.", EventType.REQUEST);
        assertThat(e.actor()).singleElement().satisfies(a -> assertThat(a.actor().name()).isEqualTo("protesters"));
    }

    @Test
    void aRoleAndItsNameBetweenCommasThenTheObject() {
        Event e = only("زار ولي العهد الأردني، الأمير الحسين بن عبد الله الثاني، قوات الأمن، ليل الأحد.",
                EventType.CONSULT);
        assertThat(e.actor()).singleElement().satisfies(a -> {
            assertThat(a.actor().country()).isEqualTo("JOR");
            assertThat(a.text()).endsWith("الحسين بن عبد الله الثاني");
        });
        assertThat(e.recipient()).extracting(a -> a.actor().sector()).containsExactly(List.of("COP"));
    }

    @Test
    void anAttackNounCarriedOutByASupportVerbIsAnAssault() {
        Event e = only("وقال المتحدث إن قوات الجيش الوطني، شنت هجوما مباغتا على مواقع الحوثيين.", EventType.ASSAULT);
        assertThat(e.actor()).extracting(a -> a.actor().sector()).containsExactly(List.of("MIL"));
        assertThat(names(e.recipient())).containsExactly("Houthis");
    }

    @Test
    void anAttackToBeCarriedOutIsNotReportedAsOne() {
        assertThat(Pipeline.events("وكانت تنتظر اليوم الذي تنفذ فيه هجوما.", DATE))
                .noneMatch(e -> e.type() == EventType.ASSAULT && e.aux().isEmpty() && e.provenance().confidence() >= 0.9);
    }

    @Test
    void aForceLedByACountryActsWithThatCountry() {
        Event e = only("وأقر التحالف الدولي بقيادة الولايات المتحدة في أفغانستان أنه نفذ ضربات جوية في باكستان أمس.",
                EventType.ASSAULT);
        assertThat(countries(e.actor())).contains("USA");
    }

    @Test
    void gunmenKidnappingCountedVictimsIsAnAssault() {
        Event e = only("وقالت الشرطة إن مسلحين خطفوا أربعة مهندسين في ولاية قندهار أمس.", EventType.ASSAULT);
        assertThat(e.actor()).extracting(a -> a.actor().sector()).containsExactly(List.of("UAF"));
        assertThat(e.recipient()).extracting(a -> a.actor().sector()).containsExactly(List.of("CVL"));
        assertThat(e.mode()).isEqualTo("abduct");
    }

    @Test
    void aCarBombWithAPlaceIsAnAssaultWithoutAKnownPerpetrator() {
        Event e = only("قتل عشرة أشخاص في انفجار سيارة مفخخة وسط مدينة الموصل.", EventType.ASSAULT);
        assertThat(e.actor()).isEmpty();
        assertThat(e.location()).isNotEmpty();
    }

    @Test
    void aBombingThatMayHappenIsNotReportedAsOne() {
        assertThat(Pipeline.events("وحذرت الشرطة من أن عبوة ناسفة قد تنفجر في سوق بغداد.", DATE))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(e.aux()).isNotEmpty());
    }

    @Test
    void demonstrationsThatBrokeOutAreAProtestEvenWithoutANamedOrganizer() {
        Event e = only("واندلعت مظاهرات شعبية قرب مبنى البرلمان احتجاجا على قرار الحكومة.", EventType.PROTEST);
        assertThat(e.aux()).isEmpty();
    }

    @Test
    void aCulturalTazahuraIsNotAProtest() {
        assertThat(Pipeline.events("وتشارك تونس في خمسة عروض ضمن تظاهرة المسرح العربي في المهرجان.", DATE))
                .noneMatch(e -> e.type() == EventType.PROTEST);
    }

    @Test
    void theVerbAfterAnIsTheGoverningVerbsAndItsNegationToo() {
        Event e = only("قال وزير الدفاع الأميركي، جون سميث، الثلاثاء، إنه لا يريد أن يحمل حركة حماس المسؤولية عن العنف.",
                EventType.ACCUSE);
        assertThat(countries(e.actor())).containsExactly("USA");
        assertThat(names(e.recipient())).containsExactly("Hamas");
        assertThat(e.aux()).contains(Aux.NEGATION);
    }

    @Test
    void aPronounThatDisagreesWithTheSpeakerIsNotTheSpeaker() {
        assertThat(Pipeline.events("وقالت الشرطة البريطانية إنه لم يتعاون مع الضباط.", DATE))
                .filteredOn(e -> e.type() == EventType.COOPERATE)
                .allSatisfy(e -> assertThat(e.actor()).extracting(a -> a.actor().sector()).doesNotContain(List.of("COP")));
    }

    @Test
    void anAgreeingPronounAfterTheVerbOfSayingIsTheSpeaker() {
        Event e = only("وقال وزير الخارجية الفرنسي إنه بحث مع نظيره المصري الأزمة الليبية.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("FRA");
    }

    @Test
    void theOneThankedForItOwnsThePledge() {
        List<Event> es = Pipeline.events("وشكر وزير الخارجية الأمريكي الملك سلمان بن عبدالعزيز على التزامه بدعم التحقيق.", DATE);
        Event thanks = es.stream().filter(e -> e.type() == EventType.SUPPORT).findFirst().orElseThrow();
        assertThat(countries(thanks.actor())).containsExactly("USA");
        assertThat(countries(thanks.recipient())).containsExactly("SAU");
        assertThat(es).filteredOn(e -> e.type() == EventType.AGREE)
                .allSatisfy(e -> assertThat(countries(e.actor())).containsExactly("SAU"));
    }

    @Test
    void aVerbBeginningWithAlIsStillAVerb() {
        Event e = only("والتقى وزير الخارجية المصري مع نظيره الأردني في عمان.", EventType.CONSULT);
        assertThat(e.provenance().triggerText()).isEqualTo("والتقى".substring(1));
        assertThat(countries(e.actor())).containsExactly("EGY");
    }

    @Test
    void aSubjectBeforeQadIsTheSubject() {
        Event e = only("وكان الرئيس المصري قد استقبل وزير الخارجية الأمريكي في القاهرة.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("USA"); // the visitor
        assertThat(countries(e.recipient())).containsExactly("EGY"); // the host
    }

    @Test
    void wordsThatOnlyLookLikeVerbsAreNotTriggers() {
        // Palmyra in a pair of places, "here", a misspelt وفقاً with tanween
        assertThat(Pipeline.events("اتهمت روسيا إسرائيل بالغارة على مطار التيفور بين حمص وتدمر.", DATE))
                .noneMatch(e -> e.type() == EventType.ASSAULT && e.provenance().triggerText().contains("تدمر"));
        assertThat(Pipeline.events("وتابع: \"ما سمعته هنا في صنعاء يعطيني الأمل\".", DATE))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(Pipeline.events("جمدت إسرائيل الضرائب، وافقاً لبيان من مكتب رئيس الوزراء.", DATE))
                .noneMatch(e -> e.type() == EventType.AGREE);
        assertThat(only("وهنأ الرئيس المصري نظيره الفرنسي بفوزه.", EventType.SUPPORT).actor()).isNotEmpty();
    }

    @Test
    void theVisitorIsTheNameAfterAnHonorific() {
        Event e = only("وقال المسؤول إن زيارة الأمير محمد بن سلمان التاريخية لمصر تعمق العلاقات.", EventType.CONSULT);
        assertThat(names(e.actor())).containsExactly("Mohammed bin Salman");
        assertThat(countries(e.recipient())).containsExactly("EGY");
    }

    @Test
    void whatARequestAsksForDidNotHappen() {
        List<Event> es = Pipeline.events("وحثت الأمم المتحدة الجزائر على الكف عن اعتقال وطرد المهاجرين.", DATE);
        assertThat(es).extracting(Event::type).containsExactly(EventType.REQUEST);
        assertThat(countries(es.get(0).recipient())).containsExactly("DZA");
    }

    @Test
    void countedSoldiersWhoWereKilledAreVictims() {
        Event e = only("وأعلنت الوزارة أن 4 جنود قتلوا في هجوم في دير الزور.", EventType.ASSAULT);
        assertThat(e.actor()).isEmpty();
        assertThat(e.recipient()).extracting(a -> a.actor().sector()).containsExactly(List.of("MIL"));
        Event v = only("وأضافت أن 43 مسلحا قُتلوا في المعركة.", EventType.ASSAULT);
        assertThat(v.actor()).isEmpty();
    }

    @Test
    void aRelativeClauseWithItsOwnObjectPronounDoesNotMakeTheAntecedentActor() {
        assertThat(Pipeline.events("وتكافح الحكومة الصومالية، التي تدعمها بعثة أفريقية منذ سنوات، حركة الشباب.", DATE))
                .filteredOn(e -> e.type() == EventType.SUPPORT)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("SOM"));
    }

    @Test
    void aStatementThatCallsHasNoKnownActor() {
        assertThat(Pipeline.events("مجزرة جديدة في العراق.. وبيان يدعو الشرطة للحذر", DATE))
                .filteredOn(e -> e.type() == EventType.REQUEST)
                .allSatisfy(e -> assertThat(e.actor()).extracting(a -> a.actor().sector()).doesNotContain(List.of("COP")));
    }

    @Test
    void aComparableCoalitionReport() {
        // not the bundled report: a coalition meeting in Morocco, as a news agency wrote it
        String text = "أعلن وزير الخارجية المغربي ناصر بوريطة الثلاثاء خلال اجتماع في الرباط عقده التحالف الدولي ضد "
                + "داعش، أن آلاف الإرهابيين ينتشرون في أفريقيا.\n"
                + "ودعا بوريطة إلى التعاون بين الدول الأفريقية والتحالف الدولي ضد تنظيم داعش.\n"
                + "وأشاد المبعوث الأميركي بالاجتماع الناجح.\n"
                + "وأفاد المبعوث أن التحالف خصص 90 مليون دولار لبرامج إعادة الإعمار في سوريا والعراق.";
        List<Event> es = Pipeline.events(text, DATE);
        Event meeting = es.stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
        assertThat(countries(meeting.actor())).contains("IGO");
        Event call = es.stream().filter(e -> e.type() == EventType.REQUEST).findFirst().orElseThrow();
        assertThat(call.actor()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("بوريطة"); // named again without his role: still Morocco's minister
            assertThat(a.actor().country()).isEqualTo("MAR");
        });
        Event praise = es.stream().filter(e -> e.type() == EventType.SUPPORT).findFirst().orElseThrow();
        assertThat(countries(praise.actor())).containsExactly("USA");
        Event aid = es.stream().filter(e -> e.type() == EventType.AID).findFirst().orElseThrow();
        assertThat(countries(aid.actor())).containsExactly("IGO");
        assertThat(countries(aid.recipient())).containsExactly("SYR", "IRQ");
    }

    @Test
    void talksBetweenForeignMinistersAndAnAdverbBeforeTheObject() {
        Event talks = only("احتضنت موسكو اليوم محادثات مشتركة بين وزراء خارجية روسيا وإيران وتركيا.", EventType.CONSULT);
        assertThat(countries(talks.actor())).containsExactly("RUS", "IRN", "TUR");
        Event criticism = only("وانتقد وزير الخارجية الروسي ضمنا دمشق لمنعها دخول المساعدات.", EventType.ACCUSE);
        assertThat(countries(criticism.recipient())).containsExactly("SYR");
    }

    @Test
    void aCityNamingTalksIsTheirVenueNotAParticipant() {
        assertThat(Pipeline.events("وقال الوزير إن محادثات أستانا حققت نتائج.", DATE))
                .filteredOn(e -> e.type() == EventType.CONSULT)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("KAZ"));
    }

    @Test
    void noVerbRightAfterAPreposition() {
        assertThat(Pipeline.events("وأكد الوزراء في مؤتمر صحافي على توافق وجهات نظرهم.", DATE))
                .noneMatch(e -> e.type() == EventType.AGREE && e.provenance().triggerText().equals("توافق"));
        assertThat(only("وأثنى الرئيس المصري على جهود الأردن.", EventType.SUPPORT).actor()).isNotEmpty();
    }

    @Test
    void aProtestNounWithItsOwnersPronounRefersBack() {
        assertThat(Pipeline.events("وحاصرت قوات الأمن المتظاهرين في أماكن تجمعهم ومنعت تحركهم.", DATE))
                .noneMatch(e -> e.type() == EventType.PROTEST && e.provenance().triggerText().startsWith("تجمع"));
        assertThat(only("وتجمع مئات المتظاهرين أمام البرلمان في عمان أمس.", EventType.PROTEST).aux()).isEmpty();
    }

    @Test
    void roadsBlockedInProtestButNotTheIdiomOfCuttingSomeoneOff() {
        Event e = only("أقدم أمس متظاهرون غاضبون في البقاع على قطع الطريق الدولية بين شتورة وزحلة.", EventType.PROTEST);
        assertThat(e.mode()).isEqualTo("obstruct");
        assertThat(Pipeline.events("وتهدف العملية لقطع الطريق على المتظاهرين المتوجهين إلى النجف.", DATE))
                .noneMatch(x -> x.type() == EventType.PROTEST && "obstruct".equals(x.mode()));
        assertThat(only("مليون متظاهر خرجوا تحت حماية الشرطة للاحتجاج على قرار الحكومة.", EventType.PROTEST)
                .actor()).extracting(a -> a.actor().sector()).containsExactly(List.of("CVL"));
    }

    @Test
    void aHostWithTitlesAndATimeBeforeTheGuest() {
        Event e = only("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة مساء الثلاثاء، "
                + "رئيس الجمهورية اليمنية عبدربه منصور هادي.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("YEM"); // the guest visits
        assertThat(countries(e.recipient())).containsExactly("ARE"); // the host
    }

    @Test
    void idiomsThatLookLikeTriggers() {
        assertThat(Pipeline.events("وأعلنت الشركة أنها ستتخذ إجراء قانونيا إذا دعت الضرورة.", DATE))
                .noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(Pipeline.events("والتقى الوفد الأمريكي مع الرئيس المكسيكي الذي حقق فوزا ساحقا في الانتخابات.", DATE))
                .noneMatch(e -> e.type() == EventType.ACCUSE);
    }

    @Test
    void aCountryAfterAVerbThatAlreadyHasItsObjectPronounIsTheSubject() {
        Event e = only("وطردت جماعة مسلحة المهربين بعد صفقة دعمتها إيطاليا.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("ITA");
    }

    @Test
    void hashtagsSentenceAdverbsAndATimeBetweenCommas() {
        Event blame = only("وحمّلت الرئاسة الفلسطينية #حركة_حماس مسؤولية التفجير.", EventType.ACCUSE);
        assertThat(names(blame.recipient())).containsExactly("Hamas");
        Event condemn = only("بدورها أدانت حركة المقاومة الإسلامية #حماس استهداف الموكب.", EventType.ACCUSE);
        assertThat(names(condemn.actor())).containsExactly("Hamas");
        Event accuse = only("وكانت سلطات كييف اتهمت، في وقت سابق الأربعاء، موسكو بقتل الصحفي.", EventType.ACCUSE);
        assertThat(countries(accuse.recipient())).containsExactly("RUS");
        assertThat(Pipeline.events("وأدان مجلس الأمن تهديدات الميليشيات للملاحة البحرية.", DATE))
                .allSatisfy(e -> assertThat(e.recipient()).extracting(a -> a.actor().sector()).doesNotContain(List.of("MIL")));
    }

    @Test
    void officialsAssociationsAndADeterrentThatIsNoPraise() {
        Event welcome = only("رحب مسؤول سعودي، الجمعة، بما أعلنته الرئاسة التركية.", EventType.SUPPORT);
        assertThat(countries(welcome.actor())).containsExactly("SAU");
        Event call = only("وطالبت رابطة أمهات المختطفين المنظمات الدولية بزيارة السجون.", EventType.REQUEST);
        assertThat(call.actor()).extracting(a -> a.actor().sector()).containsExactly(List.of("SOC"));
        assertThat(Pipeline.events("لكن ذلك لم يثنه عن الإيمان بقدرته.", DATE)).noneMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(Pipeline.events("وحثت الأمم المتحدة الجزائر الثلاثاء على الكف عن اعتقال وطرد المهاجرين.", DATE))
                .extracting(Event::type).containsExactly(EventType.REQUEST);
    }

    @Test
    void theOccupationForcesAreIsraels() {
        Event e = only("وأطلقت قوات الاحتلال النار على المتظاهرين قرب السياج الفاصل شرق غزة.", EventType.ASSAULT);
        assertThat(countries(e.actor())).containsExactly("ISR");
        assertThat(e.actor().get(0).actor().sector()).containsExactly("MIL");
    }

    @Test
    void anArabLeagueMeetingReportedLikeTheCoalitions() {
        // a comparable report (not the bundled one): council of a body, praise of roles and efforts, a final statement
        String text = "عقد مجلس جامعة الدول العربية على المستوى الوزاري، الأحد، اجتماعا طارئا في القاهرة.\n"
                + "وأشاد الوزراء بالجهود التي تبذلها مصر والسعودية لتقريب وجهات النظر، كما ثمنوا دور قطر في استضافة المحادثات.\n"
                + "ودعا البيان الختامي المجتمع الدولي إلى تقديم المساعدات الإنسانية.\n"
                + "وأكد المجتمعون استعدادهم للعمل مع الخرطوم لضمان أمن الحدود.";
        List<Event> es = Pipeline.events(text, DATE);
        Event meeting = es.stream().filter(e -> e.type() == EventType.CONSULT).findFirst().orElseThrow();
        assertThat(names(meeting.actor())).contains("Arab League");
        assertThat(es).filteredOn(e -> e.type() == EventType.SUPPORT).flatExtracting(e -> countries(e.recipient()))
                .contains("EGY", "SAU", "QAT");
        Event call = es.stream().filter(e -> e.type() == EventType.REQUEST).findFirst().orElseThrow();
        assertThat(names(call.actor())).contains("Arab League");
        Event ready = es.stream().filter(e -> e.type() == EventType.AGREE).findFirst().orElseThrow();
        assertThat(countries(ready.recipient())).containsExactly("SDN");
    }

    @Test
    void supportGivenByWhoFollowsBiDaamMin() {
        Event e = only("وتواصل القوات اليمنية، بدعم من التحالف العربي، التقدم في محافظة البيضاء.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("IGO");
        assertThat(countries(e.recipient())).containsExactly("YEM");
        assertThat(Pipeline.events("وكانت والدتها تطلب من السلطات الفرنسية توقيفها وإرجاعها.", DATE))
                .noneMatch(x -> x.type() == EventType.COERCE);
    }

    @Test
    void anIndefiniteNounAfterTheVerbIsAnUnknownSubjectNotAnElidedOne() {
        // a phrase took over social media: the subject is a noun the coder cannot name, not Qatar from before
        List<Event> es = Pipeline.events("وقالت قطر إنها ترفض الحصار. وسيطرت مؤخرا عبارة جديدة على مواقع التواصل.", DATE);
        assertThat(es).filteredOn(e -> e.type() == EventType.COERCE)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("QAT"));
        // an object in the accusative (قرارا) leaves the subject elided, so the verb still takes the last subject
        List<Event> more = Pipeline.events("وأكد الرئيس المصري دعمه للاتفاق. وانتقد قرارا أمريكيا بنقل السفارة.", DATE);
        Event criticism = more.stream().filter(e -> e.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertThat(countries(criticism.actor())).containsExactly("EGY");
    }

    @Test
    void aFirstPersonVerbInAQuoteIsTheSpeakers() {
        Event e = only("وأضاف وزير الخارجية الأردني \"ندين هذه الاعتداءات من قبل القوات الإسرائيلية ونطالب بإحالة المسؤولين "
                + "عنها على المحكمة\".", EventType.REQUEST);
        assertThat(countries(e.actor())).containsExactly("JOR");
        Event call = only("دعا المندوبان الفلسطيني والسعودي في الأمم المتحدة إلى جلسة طارئة لمجلس الأمن.", EventType.REQUEST);
        assertThat(countries(call.actor())).containsExactly("PSE", "SAU");
    }

    @Test
    void theInternationalCommunityIsAskedAndItsSanctionsAreNotYetImposed() {
        List<Event> es = Pipeline.events("دعا ولي العهد السعودي، الأمير محمد بن سلمان، المجتمع الدولي لفرض مزيد من "
                + "العقوبات الاقتصادية على إيران.", DATE);
        assertThat(es).extracting(Event::type).containsExactly(EventType.REQUEST);
        assertThat(names(es.get(0).recipient())).containsExactly("international community");
    }

    @Test
    void aStateAfterAFeminineVerbIsItsSubject() {
        Event e = only("احتجزت إسرائيل، لارا القاسم، طالبة أمريكية في مطار بن غوريون.", EventType.COERCE);
        assertThat(countries(e.actor())).containsExactly("ISR");
        Event visit = only("وقال وزير الخارجية المصري إنه سيزور فرنسا الأسبوع المقبل.", EventType.AGREE);
        assertThat(countries(visit.actor())).containsExactly("EGY");
        assertThat(countries(visit.recipient())).containsExactly("FRA");
    }

    @Test
    void aCountAfterAnArrestVerbMakesItPassive() {
        assertThat(Pipeline.events("وقالت إيران إنها ترفض ذلك. واعتقل نحو 20 آخرين في صعدة.", DATE))
                .filteredOn(e -> e.type() == EventType.COERCE)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("IRN"));
        assertThat(countries(only("واعتقلت الشرطة المصرية 50 شخصا في القاهرة.", EventType.COERCE).actor()))
                .containsExactly("EGY");
    }

    @Test
    void theCoalitionToSupportLegitimacyIsAName() {
        assertThat(Pipeline.events("وتؤكد السعودية وكافة دول تحالف دعم الشرعية على أن الأزمة في اليمن لا حل لها إلا سياسيا.", DATE))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
    }

    @Test
    void whoIsSupportedAfterFiDaamAndWhoSupportsBeforeLi() {
        Event a = only("ويستمر الرئيس الأمريكي في دعم الإمارات والسعودية.", EventType.SUPPORT);
        assertThat(countries(a.actor())).containsExactly("USA");
        assertThat(countries(a.recipient())).containsExactly("ARE", "SAU");
        Event b = only("وقطعت السعودية علاقاتها مع قطر لدعم الدوحة للإرهاب.", EventType.SUPPORT);
        assertThat(countries(b.actor())).containsExactly("QAT");
    }

    @Test
    void aNisbaAfterSupportSaysWhoSupports() {
        Event e = only("وسيطر النظام السوري على الأراضي في هجمات منفصلة شنها بدعم روسي.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("RUS");
    }

    @Test
    void anAgentPhraseAfterAPastVerbMakesItPassive() {
        Event e = only("وصلت رفات 38 عامل بناء هندي خطفوا وقتلوا بأيدي عناصر تنظيم \"الدولة الإسلامية\" في العراق.",
                EventType.ASSAULT);
        assertThat(countries(e.actor())).containsExactly("IMG");
        assertThat(countries(e.recipient())).containsExactly("IND");
    }

    @Test
    void fourLetterWordsKeepTheirAlef() {
        // الاف (thousands) is a generic agent; اف, the F of F-15, must not read as it
        assertThat(Pipeline.events("وقال الجيش إن طائرتي اف-15 قصفتا المطار بصواريخ موجهة.", DATE))
                .flatMap(Event::actor).noneMatch(a -> "civilians".equals(a.actor().name()));
    }

    @Test
    void aCauseForOptimismIsNoRequest() {
        assertThat(Pipeline.events("وقال الوزير إن الزيارة التاريخية للأمير محمد بن سلمان إلى مصر تدعو للتفاؤل بخريطة جديدة.", DATE))
                .noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(only("ودعا الأمين العام للأمم المتحدة الحوثيين إلى وقف إطلاق النار.", EventType.REQUEST)).isNotNull();
    }

    @Test
    void aBareGovernmentIsTheMostNamedStateUnlessOneIsNamedJustBefore() {
        String yemen = "قال مسؤول في اليمن إن الحرب في اليمن مستمرة. وزار المبعوث اليمن مرة أخرى. "
                + "وسبق أن رعت الأمم المتحدة مفاوضات بين الحكومة الشرعية والحوثيين في الكويت.";
        Event talks = Pipeline.events(yemen, DATE).stream()
                .filter(e -> e.provenance().triggerText().equals("مفاوضات")).findFirst().orElseThrow();
        assertThat(countries(talks.actor())).contains("YEM").doesNotContain("KWT");
        // المبعوث اليمن: a definite agent takes no genitive, so the envoy visited Yemen (not "Yemen's envoy")
        Event visit = Pipeline.events(yemen, DATE).stream()
                .filter(e -> e.provenance().triggerText().equals("زار")).findFirst().orElseThrow();
        assertThat(countries(visit.recipient())).containsExactly("YEM");
        String lebanon = "قال مسؤول في اليمن إن الحرب في اليمن مستمرة. وفي لبنان، رفضت الحكومة الخطة الأمريكية.";
        assertThat(countries(only(lebanon, EventType.REJECT).actor())).containsExactly("LBN");
    }

    @Test
    void anOfficeWithItsOwnerAfterLiIsTheSubject() {
        Event a = only("ودعا الأمين العام للأمم المتحدة الحوثيين إلى وقف إطلاق النار.", EventType.REQUEST);
        assertThat(countries(a.actor())).containsExactly("UNO");
        assertThat(countries(a.recipient())).containsExactly("YEM");
        Event b = only("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الحوثيين إلى وقف إطلاق النار.", EventType.REQUEST);
        assertThat(names(b.actor())).containsExactly("Antonio Guterres");
        assertThat(countries(b.recipient())).containsExactly("YEM");
    }

    @Test
    void aNameAfterItsOfficeIsTheSubjectsNotTheObject() {
        Event e = only("زار رئيس المفوضية الأوروبية جان-كلود يونكر واشنطن أمس.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("EUR");
        assertThat(countries(e.recipient())).containsExactly("USA");
    }

    @Test
    void hostingATournamentIsNoVisit() {
        assertThat(Pipeline.events("وتأتي الحادثة بعد انطلاق بطولة كأس العالم، التي تستضيفها روسيا حتى 15 يوليو.", DATE))
                .noneMatch(e -> e.type() == EventType.CONSULT);
        assertThat(countries(only("واستضافت روسيا الرئيس التركي في سوتشي.", EventType.CONSULT).recipient()))
                .containsExactly("RUS");
    }

    @Test
    void aPronounInAFrontedPhrasePointsToTheMainSubject() {
        Event e = only("خلال زيارته للهند، كثف الرئيس الفرنسي إيمانويل ماكرون المبادرات الودية.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("FRA");
        assertThat(countries(e.recipient())).containsExactly("IND");
    }

    @Test
    void aNisbaAfterANamedGroupDescribesIt() {
        Event e = only("وكانت مليشيات الحوثي الإيرانية قد سيطرت على ميناء الحديدة في أكتوبر.", EventType.COERCE);
        assertThat(names(e.actor())).containsExactly("Houthis");
        Event army = only("وكان الجيش الإسرائيلي قد قصف موقعا في غزة.", EventType.ASSAULT);
        assertThat(countries(army.actor())).containsExactly("ISR");
    }

    @Test
    void theOwnerOfAnAttackNounCarriesOutTheVerbAfterIt() {
        Event e = only("لقي القيادي أبو الفضل مصرعه مع عدد من مرافقيه بغارات لمقاتلات التحالف استهدفتهم في مديرية مقبنة.",
                EventType.ASSAULT);
        assertThat(names(e.actor())).doesNotContain("أبو الفضل").isNotEmpty();
    }

    @Test
    void peopleCountedAsVictimsAreArrestedNotArresting() {
        // PLOVER needs an actor for an arrest: with the arresters unnamed, no event rather than "people arrest"
        assertThat(Pipeline.events("وأضافت أن 5 أشخاص اعتقلوا، دون الكشف عن مزيد من التفاصيل.", DATE))
                .filteredOn(e -> e.type() == EventType.COERCE).isEmpty();
        Event e = only("واعتقلت الشرطة المصرية خمسة أشخاص في المدينة.", EventType.COERCE);
        assertThat(countries(e.actor())).containsExactly("EGY");
        assertThat(names(e.recipient())).contains("people");
    }

    @Test
    void theOwnerOfTheAttackKilledThePassiveVerbsVictims() {
        Event a = only("وقتل ثلاثة جنود في هجوم لحركة طالبان استهدف نقطة تفتيش في ولاية قندهار.", EventType.ASSAULT);
        assertThat(names(a.actor())).containsExactly("Taliban");
        List<Event> b = Pipeline.events("من جهة أخرى، قتل ثلاثة وأربعون مسلحا من ميليشيات الحوثي في غارات لمقاتلات "
                + "التحالف العربي في جبهات الحديدة.", DATE).stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertThat(b).isNotEmpty().allSatisfy(e -> assertThat(countries(e.actor())).containsExactly("IGO"));
        assertThat(b).anySatisfy(e -> assertThat(names(e.recipient())).containsExactly("Houthis"));
    }

    @Test
    void keepingSilentAndBeingConvictedAreNoEvents() {
        assertThat(Pipeline.events("ومنذ مغادرته البيت الأبيض التزم أوباما الصمت نسبيا.", DATE))
                .noneMatch(e -> e.type() == EventType.AGREE);
        assertThat(Pipeline.events("غرمت محكمة تركية زعيم المعارضة مبلغ 75 ألف دولار بعد إدانته بتهمة التشهير بالرئيس.", DATE))
                .noneMatch(e -> e.type() == EventType.ACCUSE);
        assertThat(countries(only("وأدانت مصر بشدة الهجوم على المسجد.", EventType.ACCUSE).actor())).containsExactly("EGY");
    }

    @Test
    void thePrimeMinisterIsTheGovernmentNotMinisters() {
        Event e = only("قالت الحكومة الإيطالية إن الأزمة مستمرة. وأعلن رئيس الوزراء أنه لن يستقيل.", EventType.RETREAT);
        assertThat(countries(e.actor())).containsExactly("ITA");
        assertThat(names(e.actor())).doesNotContain("ministers");
    }

    @Test
    void aMasdarAfterTammIsPassiveAndInheritsNoActor() {
        String text = "قالت الولايات المتحدة إن السجين توفي. وبعد فترة قصيرة من إطلاق سراحه تم اعتقاله مرة أخرى في طهران.";
        assertThat(Pipeline.events(text, DATE)).filteredOn(e -> e.provenance().sentence() == 1)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("USA"));
        Event e = only("وتم اعتقاله من قبل الشرطة الإيرانية في طهران.", EventType.COERCE);
        assertThat(countries(e.actor())).containsExactly("IRN");
    }

    @Test
    void theOwnerOfTheTargetedPositionsIsTheTarget() {
        Event e = only("واصل الجيش السوري قصف مواقع المسلحين في ريف إدلب.", EventType.ASSAULT);
        assertThat(countries(e.actor())).containsExactly("SYR");
        assertThat(names(e.recipient())).containsExactly("gunmen");
    }

    @Test
    void objectsAfterAnAppositionOrAPlaceOfTheTarget() {
        Event a = only("وانتقد وزير شؤون الشرق الأوسط، أليستير بيرت، زميله السياسي جونسون، وقال إن التعليقات مهينة.",
                EventType.ACCUSE);
        assertThat(names(a.recipient())).containsExactly("جونسون");
        Event b = only("بعد أن اقتحم متظاهرون مقر القنصلية الإيرانية في البصرة، وأضرموا النار فيها.", EventType.ASSAULT);
        assertThat(countries(b.recipient())).containsExactly("IRN");
        assertThat(b.mode()).isNotEqualTo("firearms");
    }

    @Test
    void anActorFromOutsideTheSentenceOnlyWhereArabicElidesIt() {
        // a plural verb with no subject in view: not the previous sentence's subject
        assertThat(Pipeline.events("قال نتنياهو إن إسرائيل سترد. وتوقع أندرسون أن يوافقوا عليها.", DATE))
                .filteredOn(e -> e.type() == EventType.AGREE).isEmpty();
        // a singular verb opening its sentence continues the previous subject
        Event e = only("وقال وزير الخارجية المصري إن الوضع خطير. ودعا إلى وقف فوري لإطلاق النار في غزة.", EventType.REQUEST);
        assertThat(countries(e.actor())).containsExactly("EGY");
    }

    @Test
    void headlineIncidentsOfTheNewsSample() {
        Event a = only("اختطفت ميليشيات الحوثي الانقلابية، الأربعاء، عشرات الفتيات والشباب في صنعاء.", EventType.ASSAULT);
        assertThat(names(a.actor())).containsExactly("Houthis");
        assertThat(names(a.recipient())).containsExactly("civilians");
        Event b = only("أمر الادعاء التركي باحتجاز 70 ضابطا في الجيش للاشتباه في صلتهم بغولن.", EventType.COERCE);
        assertThat(countries(b.actor())).containsExactly("TUR");
        assertThat(names(b.recipient())).containsExactly("soldiers");
    }

    @Test
    void linksToOtherArticlesAndJoiningProtestsAreNotCoded() {
        assertThat(Pipeline.events("للمزيد: وكالات أنباء أوروبية تطالب عمالقة الإنترنت بتعويضات مالية", DATE)).isEmpty();
        assertThat(Pipeline.events("ومن المتوقع أن ينضم آلاف الأشخاص إلى الاحتجاجات ضد ترامب في اسكتلندا.", DATE))
                .noneMatch(e -> e.type() == EventType.AGREE || e.type() == EventType.COOPERATE);
    }

    @Test
    void aMasculineStateAfterAMasculineVerbIsItsSubject() {
        Event e = only("أكدت الوزيرة وقوف الأردن إلى جانب السعودية، ورفض الأردن أي تدخل في شؤونها الداخلية.",
                EventType.REJECT);
        assertThat(countries(e.actor())).containsExactly("JOR");
        Event visit = only("وقال الرئيس المصري إنه زار العراق الشهر الماضي.", EventType.CONSULT);
        assertThat(countries(visit.recipient())).containsExactly("IRQ");
    }

    @Test
    void deathsInAnAccidentAreNoAttack() {
        assertThat(Pipeline.events("قتل جندي فرنسي وأصيب آخر بجروح خطرة في تحطم مروحية عسكرية فرنسية قرب أبيدجان.", DATE))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(Pipeline.events("قتل خمسة أشخاص في هجوم مسلح على حافلة في ولاية بورنو.", DATE))
                .anyMatch(e -> e.type() == EventType.ASSAULT);
        assertThat(Pipeline.events("وقال التلفزيون الصيني إن أكثر من 30 شخصا قتلوا عندما سقطت حافلة سياح من على جسر.", DATE))
                .noneMatch(e -> e.type() == EventType.ASSAULT);
    }

    @Test
    void aProtestThatFramesTheClauseIsNotTheSubjects() {
        assertThat(Pipeline.events("بعدما قتلت القوات الإسرائيلية 60 فلسطينيا خلال احتجاجات عند الحدود مع غزة.", DATE))
                .filteredOn(e -> e.type() == EventType.PROTEST)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("ISR"));
    }

    @Test
    void askingForAnonymityIsNoRequest() {
        assertThat(Pipeline.events("وقال المصدر لوكالة فرانس برس طالبا عدم نشر اسمه إن المروحية تحطمت.", DATE))
                .noneMatch(e -> e.type() == EventType.REQUEST);
    }

    @Test
    void anAgentBelongsToTheOwnerAfterTabiLi() {
        Event e = only("وقال الجيش الروسي إن طائرتي اف-15 تابعتين للجيش الإسرائيلي قصفتا المطار بصواريخ موجهة.",
                EventType.ASSAULT);
        assertThat(countries(e.actor())).containsExactly("ISR");
    }

    @Test
    void aPressConferenceIsNoJournalist() {
        assertThat(Pipeline.events("طرد رجال الأمن صحفيا من القاعة، التي استضافت المؤتمر الصحفي المشترك بين الرئيسين.", DATE))
                .flatMap(Event::actor).noneMatch(a -> "journalists".equals(a.actor().name()));
    }

    @Test
    void pledgesOfViolenceThreatenAndStoppingSupportSanctions() {
        Event t = only("وتعهدت روسيا بضرب أي صواريخ أمريكية تطلق على سوريا.", EventType.THREATEN);
        assertThat(countries(t.actor())).containsExactly("RUS");
        Event s = only("وأعلنت الولايات المتحدة وقف الدعم لمنظمة الخوذ البيضاء في سوريا.", EventType.SANCTION);
        assertThat(countries(s.actor())).containsExactly("USA");
        assertThat(Pipeline.events("وقال إن الروس يدعونه بالجاسوس.", DATE)).noneMatch(e -> e.type() == EventType.REQUEST);
        assertThat(Pipeline.events("وقطعت خطوط الاتصال بين البلدين.", DATE)).noneMatch(e -> e.type() == EventType.CONSULT);
    }

    @Test
    void aDefiniteAgentIsNoConstructHead() {
        Event a = only("ويتهم التحالف إيران بتهريب الأسلحة إلى الحوثيين.", EventType.ACCUSE);
        assertThat(countries(a.recipient())).containsExactly("IRN");
        assertThat(countries(a.actor())).doesNotContain("IRN");
        Event b = only("وقصفت القوات الأمريكية مواقع لتنظيم داعش في دير الزور.", EventType.ASSAULT);
        assertThat(countries(b.actor())).containsExactly("USA");
    }

    @Test
    void meetingACounterpart() {
        Event e = only("وصل وزير الخارجية الأمريكي ريكس تيلرسون إلى أنقرة. وبحث خلال لقاء نظيره التركي الأزمة السورية.",
                EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("USA");
        assertThat(countries(e.recipient())).containsExactly("TUR");
    }

    @Test
    void membersOfAListPastAppositionsAndKilaMin() {
        Event a = only("واتهم الرئيس الأمريكي كلا من روسيا وإيران بدعم الأسد.", EventType.ACCUSE);
        assertThat(countries(a.recipient())).containsExactly("RUS", "IRN");
        Event b = only("وجاء ذلك بموجب اتفاق بين روسيا، حليفة دمشق، وتركيا الداعمة للفصائل.", EventType.AGREE);
        assertThat(countries(b.actor())).containsExactly("RUS", "TUR");
        Event c = only("وقال إن المحادثات بين الحكومة السورية والفصائل المقاتلة متعثرة.", EventType.CONSULT);
        assertThat(names(c.actor())).contains("armed factions");
    }

    @Test
    void allegedIsNotHypothetical() {
        Event e = only("وبدا أنه يساوي بين اتهامات الاستخبارات الأميركية بشأن التدخل الروسي المفترض في الانتخابات.",
                EventType.ACCUSE);
        assertThat(e.aux()).doesNotContain(Aux.HYPOTHETICAL);
    }

    @Test
    void aStateReportsWhatItDidInThePassiveAndACallBetweenLeaders() {
        Event a = only("كما أفادت وزارة الخارجية الروسية أنه تم استدعاء السفير البريطاني لتقديم مزيد من التفاصيل.",
                EventType.ACCUSE);
        assertThat(countries(a.actor())).containsExactly("RUS");
        assertThat(countries(a.recipient())).containsExactly("GBR");
        Event b = only("لم تنشر الوكالة ما دار في اتصال الرئيس الأميركي، دونالد ترمب، بأمير قطر الشيخ تميم بن حمد آل ثاني.",
                EventType.CONSULT);
        assertThat(countries(b.actor())).containsExactly("USA");
        // an observatory reporting an attack did not carry it out
        assertThat(Pipeline.events("وقال المرصد السوري إنه تم قصف البلدة بالصواريخ.", DATE))
                .flatMap(Event::actor).noneMatch(x -> "SYR".equals(x.actor().country()) && x.actor().name().contains("Observatory"));
    }

    @Test
    void aWarningToSomeoneIsAThreatAWarningOfADangerIsNot() {
        Event e = only("وحذر الرئيس الأمريكي روسيا من دعم الأسد.", EventType.THREATEN);
        assertThat(countries(e.actor())).containsExactly("USA");
        assertThat(countries(e.recipient())).containsExactly("RUS");
        assertThat(Pipeline.events("وحذرت الأمم المتحدة من كارثة إنسانية في اليمن.", DATE))
                .noneMatch(x -> x.type() == EventType.THREATEN);
    }

    @Test
    void aQualifiedPrimeMinisterKeepsHerCountry() {
        Event e = only("وقالت إيران إن العقوبات فشلت. وأكدت رئيسة وزراء بريطانيا تيريزا ماي، في اتصال هاتفي مع ولي العهد "
                + "السعودي الأمير محمد بن سلمان، على ضرورة التصدي لأنشطة إيران.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("GBR");
        assertThat(Pipeline.events("وقيدت الإكوادور في 2016 اتصال أسانج بالإنترنت.", DATE))
                .noneMatch(x -> x.type() == EventType.CONSULT);
    }

    @Test
    void aCommaBetweenSubjectAndObject() {
        Event e = only("طالبت السلطات الأميركية، تركيا بدفع غرامة تصل إلى 37.5 مليار دولار.", EventType.REQUEST);
        assertThat(countries(e.recipient())).containsExactly("TUR");
        Event f = only("دعا وزير الخارجية الأردني، أيمن الصفدي، إلى وقف التصعيد.", EventType.REQUEST);
        assertThat(names(f.recipient())).doesNotContain("أيمن الصفدي");
    }

    @Test
    void aConstructOfAgentsIsOneParty() {
        Event a = only("كما قصفت طائرات التحالف الذي تقوده السعودية، مخازن أسلحة داخل القاعدة الجوية.", EventType.ASSAULT);
        assertThat(names(a.actor())).doesNotContain("military aircraft and artillery");
        assertThat(a.recipient()).isEmpty();
        Event b = only("وقصف مقاتلو المعارضة مواقع الجيش.", EventType.ASSAULT);
        assertThat(names(b.actor())).containsExactly("opposition");
        Event c = only("وهاجم مسلحون جنودا في سيناء.", EventType.ASSAULT);
        assertThat(names(c.actor())).containsExactly("gunmen");
        assertThat(names(c.recipient())).containsExactly("soldiers");
    }

    @Test
    void countedOrIndefiniteVictimsBeforeACasualtyVerb() {
        Event a = only("أعلن المرصد السوري لحقوق الإنسان أن 17 مقاتلا مواليا للنظام السوري قتلوا في هجمات نفذها مسلحو "
                + "تنظيم \"الدولة الإسلامية\".", EventType.ASSAULT);
        assertThat(countries(a.actor())).doesNotContain("NGO", "SYR");
        assertThat(countries(a.recipient())).containsExactly("SYR");
        assertThat(Pipeline.events("قال مسؤولون إن مقاتلا قتل بعدما أطلقت طائرة بدون طيار صاروخا على المنطقة.", DATE))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(names(e.actor())).doesNotContain("fighters"));
    }

    @Test
    void anyAttackIsNoReportedAttack() {
        assertThat(Pipeline.events("وقال الجيش الإسرائيلي إن أي هجوم على السعودية سيقابل برد حازم.", DATE))
                .filteredOn(e -> e.type() == EventType.ASSAULT)
                .allSatisfy(e -> assertThat(e.aux()).contains(Aux.HYPOTHETICAL));
    }

    @Test
    void criticismOfAnActIsAimedAtItsDoer() {
        Event a = only("وانتقد الوزير الفرنسي العمليات العسكرية التي تخوضها تركيا في سوريا.", EventType.ACCUSE);
        assertThat(countries(a.recipient())).containsExactly("TUR");
        Event b = only("وأيدت الولايات المتحدة الخطوة التي اتخذتها الحكومة العراقية.", EventType.SUPPORT);
        assertThat(countries(b.recipient())).containsExactly("IRQ");
    }

    @Test
    void theSecurityOfSomethingIsNoSecurityForce() {
        assertThat(Pipeline.events("وأكد الوزير أن أي تهديد لأمن المملكة سيواجه بحزم.", DATE))
                .flatMap(Event::actor).noneMatch(a -> "security forces".equals(a.actor().name()));
    }

    @Test
    void whoIsReleasedAndWhoReleases() {
        assertThat(Pipeline.events("وبعد إطلاق سراح برونسون، عاد القس إلى بلاده.", DATE))
                .flatMap(Event::actor).noneMatch(a -> a.text().contains("برونسون"));
        Event e = only("وجاء ذلك بعد إطلاق أثينا سراح الجنديين التركيين.", EventType.RETREAT);
        assertThat(countries(e.actor())).containsExactly("GRC");
        assertThat(countries(e.recipient())).containsExactly("TUR");
        // the one who welcomes a release did not release anyone
        assertThat(Pipeline.events("ورحبت الولايات المتحدة بإطلاق سراح القس الأمريكي أندرو برونسون.", DATE))
                .filteredOn(x -> x.type() == EventType.RETREAT)
                .allSatisfy(x -> assertThat(countries(x.actor())).doesNotContain("USA"));
    }

    @Test
    void whatIsThreatenedHasNotHappened() {
        assertThat(Pipeline.events("جاء ذلك بعد تهديدات أمريكية بفرض عقوبات على المحكمة.", DATE))
                .noneMatch(e -> e.type() == EventType.SANCTION);
        Event t = only("وهدد ترامب بفرض رسوم على السيارات الأوروبية.", EventType.THREATEN);
        assertThat(countries(t.actor())).containsExactly("USA");
    }

    @Test
    void warPlanesOverACityAreNotThatCountrys() {
        Event e = only("وفي اليوم التالي، شنت الطائرات غارات عنيفة على مدن البصرة وكركوك والموصل.", EventType.ASSAULT);
        assertThat(countries(e.actor())).doesNotContain("IRQ");
    }

    @Test
    void aVowelledPastPassiveOfAnyType() {
        assertThat(Pipeline.events("وانتُقد الوزير بشدة بسبب تصريحاته.", DATE))
                .filteredOn(e -> e.type() == EventType.ACCUSE)
                .allSatisfy(e -> assertThat(names(e.actor())).doesNotContain("ministers"));
    }

    @Test
    void verbalNounsOfTransitiveActs() {
        Event a = only("ويبدأ المبعوث الأممي مارتن غريفيث مهمته بلقاء الرئيس اليمني عبد ربه منصور هادي.", EventType.CONSULT);
        assertThat(countries(a.recipient())).containsExactly("YEM");
        String text = "ويبدأ المبعوث الأممي مارتن غريفيث مهمته في صنعاء. واتهم التحالف النظام الإيراني بالتورط بدعم "
                + "الميليشيات الحوثية.";
        Event accusation = only(text, EventType.ACCUSE);
        assertThat(countries(accusation.actor())).doesNotContain("UNO");
        Event support = only(text, EventType.SUPPORT);
        assertThat(countries(support.actor())).containsExactly("IRN");
    }

    @Test
    void greetingsInterceptionsAndPenaltiesAreNotEvents() {
        assertThat(Pipeline.events("ورحب الرئيس المصري بالحضور في بداية الاجتماع.", DATE))
                .noneMatch(e -> e.type() == EventType.SUPPORT);
        assertThat(Pipeline.events("وأشار إلى أن قوات الدفاع الجوي السعودية دمرت صاروخين أطلقا من اليمن.", DATE))
                .noneMatch(e -> e.type() == EventType.ASSAULT && e.provenance().triggerText().startsWith("دمر"));
        assertThat(Pipeline.events("وأصدر الرئيس السوري عفوا عن كامل العقوبة للجنود الفارين.", DATE))
                .noneMatch(e -> e.type() == EventType.SANCTION);
    }

    @Test
    void aCrowdWordIsItselfTheSubject() {
        Event e = only("وقال وزير الداخلية إن الوضع هادئ. وتظاهر الآلاف في العاصمة أثينا احتجاجا على سياسة الحكومة.",
                EventType.PROTEST);
        assertThat(names(e.actor())).doesNotContain("ministers").contains("civilians");
    }

    @Test
    void talksNamedByAPairOfNisbas() {
        Event e = only("وبحثت المحادثات السعودية الأمريكية سبل تعزيز التعاون.", EventType.CONSULT);
        assertThat(countries(e.actor())).containsExactly("SAU", "USA");
    }

    @Test
    void recipientsInQuotesAfterTheirKindAndDiplomatsOfAState() {
        Event a = only("اتهمت وزارة الخارجية الأمريكية جماعة \"أنصار الله\" باستهداف البهائيين في اليمن.", EventType.ACCUSE);
        assertThat(names(a.recipient())).containsExactly("Houthis");
        Event b = only("روسيا ستطرد دبلوماسيين بريطانيين قريبا", EventType.SANCTION);
        assertThat(countries(b.recipient())).containsExactly("GBR");
        Event c = only("انتقد بولتون عمل المحكمة الجنائية الدولية خلال كلمته.", EventType.ACCUSE);
        assertThat(c.recipient()).isNotEmpty();
        assertThat(Pipeline.events("ودعا الوزير إلى الحل الدبلوماسي للأزمة.", DATE))
                .flatMap(Event::recipient).noneMatch(x -> x.actor().name().contains("iplomats"));
    }

    @Test
    void aPrepositionalRecipientAfterALongSubject() {
        Event e = only("من جانبه أشاد وزير الدولة السوداني في مؤتمر صحفي مشترك مع رئيس البرلمان العربي بدور البرلمان "
                + "العربي وجامعة الدول العربية.", EventType.SUPPORT);
        assertThat(countries(e.actor())).containsExactly("SDN");
        assertThat(e.recipient()).isNotEmpty();
    }

    @Test
    void theSpeakerOfAnUtteranceDoesWhatItSays() {
        Event e = only("اعترضت قوات الدفاع الجوي صاروخا، وذلك عقب كلمة لعبدالملك الحوثي زعيم جماعة \"أنصار الله\" "
                + "اليمنية، هدد فيها باستهداف المملكة العربية السعودية.", EventType.THREATEN);
        assertThat(names(e.actor())).containsExactly("Houthis");
    }

    @Test
    void theGenitiveOfAnAccusationWithItsChargeIsTheAccused() {
        assertThat(Pipeline.events("وجاء ذلك على خلفية اتهام الدوحة بدعم تنظيمات متطرفة.", DATE))
                .filteredOn(e -> e.type() == EventType.ACCUSE)
                .allSatisfy(e -> assertThat(countries(e.actor())).doesNotContain("QAT"));
        Event e = only("ورفضت قطر اتهام السعودية لها بدعم الإرهاب.", EventType.ACCUSE);
        assertThat(countries(e.actor())).containsExactly("SAU");
    }
}
