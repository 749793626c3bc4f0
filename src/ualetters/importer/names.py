"""Common personal names by region: weak evidence that a run of capitals is a person's name.

Written from general knowledge of naming customs, not from any page: the given names most
often met in Urgent Actions' regions (Arabic, Persian, Turkic, Russian and other Slavic,
Spanish and Portuguese, French, English and German, African, South and South-East Asian),
and the family names East Asian names put first (the ~150 commonest Chinese surnames in
pinyin and Cantonese spelling, Korean and Vietnamese surnames), with a test for a pinyin
given name ("Shujia", "Xiaobing", "Ming-che").

A name from this table is never proof on its own: `persons.py` uses it (a) as weak evidence
where the text's structure already points at a name (a headline "Country: X", a list of
names with a short remark after each), marked for review, and (b) as a veto: a run of
capitals with no name-like word and little other evidence is a headline's words ("Writer
Imprisoned After Unfair Trial"), no one. Words that are also common English words ("Will",
"Hope", "Grace", "Mark", "Rose", "May") are left out on purpose, and so are titles
("Sultan", "Sheikh", "Haji").
"""

from __future__ import annotations

import re
from functools import cache

from .dates import fold

GIVEN_NAMES: dict[str, str] = {
    "arabic": """
        mohammed muhammad mohamed mohammad muhammed mohamad mohamud ahmed ahmad ali hassan
        hasan hussein hussain husain hossein mahmoud mahmud mustafa mostafa moustafa omar
        umar abdullah abdallah abdulla abdul abdel abdelaziz abdulaziz abdulrahman
        abdelrahman abdurrahman abdulhadi abdulkarim abdelkarim abdelhakim abdulla
        abdelfattah abdullahi khalid khaled ibrahim ismail ismael yusuf youssef yousef yousif
        yousuf issa isa musa moussa salah salih saleh saeed sayed sayyid saad sami samir
        samer karim kareem tariq tarek tarik walid waleed nabil nabeel nasser naser jamal
        kamal adel adil amr amir ammar anas ayman bilal fadi fahad fahd faisal faysal fawzi
        ghassan habib hamza hamid hamed hani hisham hatem haytham haitham ihab imad emad
        essam issam jaber jihad khalil mahdi mehdi majid majed mansour mansur marwan mazen
        mohsen mounir munir mourad murad nader nadir naji nouri nuri osama usama othman
        osman qasim kassem rami ramy rashid rachid riad riyad sadiq talal tawfiq tawfik wael
        yahya yasser yasir younes younis zaid zayed zakaria zakariya ziad ziyad alaa abbas
        aziz bassem basel fathi fouad gamal hazem hosni medhat magdy mohab sherif tamer
        wagdy yehia hamad jassim ahmed raif loujain abdulhadi nabeel radhi taleb abduljalil
        hamdi ashraf ayoub ayub idris idriss driss hicham mehdi nacer noureddine sofiane
        yacine djamel redouane abdelkader abdelghani lotfi slim hamadi
        fatima fatma fatemeh aisha aicha ayesha aysha maryam mariam meriem zainab zeinab
        khadija khadijah amina aminah layla leila laila nour noor noura nura hana hanan huda
        iman eman jamila rania reem salma samira sara sarah yasmin yasmine yasmeen zahra
        zohra asma azza dina doaa ghada hala heba hind israa esraa lina loujain maha manal
        mona muna nada nadia nawal nisreen rasha rawan samar shaima suad souad wafa widad
        yara zeina solafa mahienour sanaa samah nesrine nassima hajar kawthar aziza latifa
        nouha amal
    """,
    "persian": """
        reza gholamreza alireza hamidreza mohammadreza ahmadreza mehran mehrab mojahed
        javad jafar jaafar kazem morteza mojtaba navid farhad fazel milad amirhossein
        manouchehr arash babak behrouz bijan dariush ehsan saman kamran keyvan masoud nima
        omid payam peyman pouya ramin shahram siamak sina soheil vahid yashar habibollah
        ruhollah esmail abdolfattah heshmatollah jamshid kian afshin arman amin hamid
        mehdi majid sepehr shahin ahmadreza nasrin narges nazanin sepideh shirin soheila
        mahsa atena golrokh niloufar bahareh parisa farzaneh sakineh farideh ghoncheh azam
        fariba zeynab nasim neda mitra roya shiva elham leyla mahvash fariborz saeid
        hossain pakhshan zara
    """,
    "turkic": """
        mehmet ahmet huseyin hüseyin ibrahim murat emre burak kemal taner selahattin ömer
        omer eren ercan erdal serdar volkan ilhan ilham osman orhan levent cem mahmut
        recep hakan sinan fikret cengiz tuncay ayse ayşe emine hatice zeynep elif meryem
        seyma şeyma nurcan ozlem özlem pinar pınar nesrin tugba tuğba gulsum gülsüm gulshan
        gulmira rahile azimjan nursultan askar yerlan bakhtiyar rustam shukhrat dilshod
        dilnoza gulnara akmal azamjon erkin ruslan timur yevgeniy nariman emir-usein
        ilmi remzi
    """,
    "slavic": """
        aleksandr alexander alexandr aleksei alexei alexey andrei andrey anatoly anatoliy
        boris dmitry dmitri dmitriy evgeny evgeniy yevgeny yevgeniy fyodor gennady georgy
        grigory igor ilya ivan kirill konstantin leonid maxim maksim mikhail nikita nikolai
        nikolay oleg pavel pyotr roman ruslan sergei sergey stanislav vadim valentin valery
        vasily viktor vitaly vladimir vladislav vyacheslav yaroslav yuri yury zakhar
        aleksandra alexandra alla anastasia anastasiya ekaterina yekaterina elena yelena
        evgenia galina inna irina lyudmila larisa marina natalia natalya nadezhda olga
        oksana polina svetlana tatiana tatyana valentina vera yulia yuliya zoya darya daria
        kseniya ksenia lidiya ales maryia viktar siarhei uladzimir raman mikalai ihar
        yauhen volha nasta palina maryna olena oleksandr oleksiy mykola mykhailo serhiy
        vasyl yuriy taras bohdan ihor vitaliy piotr pawel paweł tomasz krzysztof katarzyna
        agnieszka malgorzata małgorzata magdalena jakub petr jiri jiří tomas tomáš
        dragan zoran goran milos miloš nenad branko jelena ljiljana snezana ales aliaksandr
        andrzej marek wojciech
    """,
    "hispanic_lusophone": """
        jose josé juan luis carlos jorge miguel pedro manuel antonio francisco javier
        fernando ricardo roberto rafael alejandro andres andrés diego eduardo enrique ernesto
        esteban felipe gabriel gerardo guillermo gustavo hector héctor hugo ignacio jaime
        jesus jesús joaquin joaquín julio leonardo lorenzo marcos mario martin martín mateo
        nicolas nicolás oscar óscar pablo raul raúl rodrigo ruben rubén salvador santiago
        sergio tomas tomás victor víctor alfredo alvaro álvaro arturo braulio camilo cesar
        césar cristian cristhian edgar efrain efraín emilio felix félix gonzalo horacio ivan
        iván joel leopoldo lucas marcelo mauricio maximo máximo nelson octavio orlando
        pascual ramon ramón reynaldo rolando samuel saul saúl teodoro ulises wilmer yon joao
        joão paulo sebastiao sebastião thiago tiago vinicius vinícius wellington wagner
        maria maría ana carmen rosa teresa isabel laura lucia lucía marta patricia sofia
        sofía elena gabriela adriana alejandra andrea beatriz carla carolina catalina claudia
        cristina daniela diana elisa fernanda gloria guadalupe ines inés irene josefina juana
        julia leticia lorena luisa marcela margarita mariana mercedes monica mónica natalia
        paola paula pilar raquel rocio rocío sandra silvia susana valentina veronica verónica
        ximena yolanda berta milagros azucena francisca marielle nilce nilceia nilcéia
        joana juliana luana
    """,
    "french": """
        jean pierre jacques michel philippe alain patrick nicolas francois françois laurent
        christophe olivier eric éric stephane stéphane frederic frédéric didier thierry
        pascal bernard claude yves marc andre andré henri louis antoine guillaume julien
        mathieu sebastien sébastien vincent benoit benoît emmanuel gilles herve hervé
        sylvain fabrice jerome jérôme lucien serge ghislain germain aime aimé deo déo
        fidele fidèle desire désiré augustin fulgence gaston godefroid jean-claude
        jean-pierre jean-marie jean-paul jean-baptiste marie-claire
        marie anne catherine isabelle nathalie sylvie francoise françoise monique christine
        sophie valerie valérie veronique véronique chantal brigitte helene hélène celine
        céline julie camille claire elise élise genevieve geneviève juliette lea léa manon
        mathilde nadege nadège odile rebecca solange virginie yvette germaine josiane
    """,
    "english_german": """
        john james william david michael robert richard thomas charles joseph daniel paul
        peter george edward henry andrew anthony christopher stephen steven matthew kevin
        brian jason justin jonathan timothy simon benjamin nicholas martin frank gary
        dennis gregory larry scott raymond jeffrey kenneth donald ronald douglas walter
        arthur albert harold ernest frederick philip oliver harry leonard
        mary elizabeth jennifer linda barbara susan jessica karen nancy lisa margaret
        ashley emily donna michelle carol amanda melissa deborah stephanie sharon cynthia
        kathleen amy angela helen anna emma olivia sophia alice jane ruth esther naomi
        rachel leah judith nicole jacqueline chelsea
        hans klaus jurgen jürgen wolfgang gunter günter dieter uwe stefan lukas maximilian
        sabine ursula monika petra gabriele heike katrin anja jana ulrike birgit ingrid
    """,
    "african": """
        kwame kofi kwesi kojo yaw akua abena chidi chinedu chukwuemeka emeka ngozi chioma
        adaeze nnamdi obinna oluwaseun olumide oluwatoyin ayodele babatunde tunde femi
        funmi yemi kayode segun tolu sipho thabo themba mandla nomvula thandiwe zanele
        lerato mpho tendai tatenda farai chipo rudo tsitsi kudzai itai godfrey moses
        solomon isaac jacob elias kambale kakule kasereka kahindo masika wanjiru wambui
        njeri wanjiku kamau otieno odhiambo ochieng omondi achieng akinyi mwangi baraka
        amani zawadi juma hamisi abdi abdirahman asha halima fartun hawa aminata mamadou
        ousmane boubacar souleymane ibrahima abdoulaye amadou cheikh modou fatou awa
        aissatou mariama kadiatou oumar seydou yacouba idrissa sekou lamine tewodros dawit
        getachew girma mesfin alemayehu berhanu tesfaye yohannes eskinder meron tigist
        hiwot tsegaye befeqadu atnaf zelalem natnael birtukan mahlet woubshet dawit
        isaias petros ciham
        innocent blessing patience precious gift justice memory mercy prosper loveness
        godknows givemore tinashe
    """,
    "asian": """
        rahul amit sanjay rajesh suresh ramesh anil sunil vijay ajay ravi arun ashok deepak
        manoj prakash pradeep sudha sunita anita kavita priya pooja neha shabnam gauri
        teesta arundhati khurram sajjad imran asif shahid zahid tahir nawaz javed irfan
        rizwan sharmila shireen umar gulalai manzoor idris thirugnanam kasinathan rajendran
        murugan selvam sivaram ganesh sinnathamby budi agus siti dewi rina wahyu joko filep
        yohanes benny nurul aung thein kyaw htin zaw myo soe hla khin thet
        somchai somsak anon sombat panusaya parit arnon jatupat sulak netiwit
        tashi tenzin lobsang sonam pema dorje jigme norbu dolma drolma gedhun
    """,
}

# Family names East Asian names put first ("Li Shujia", "Kim Min-jun", "Tran Thi Nga").
CHINESE_SURNAMES = """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
    zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang
    cai jia ding wei xue ye yan lu du dai ren qin shi fu fan fang cheng su kong lei hou meng
    long bai duan hao qiu jin qian mao gu shen tan liao zou xiong wan yin chang qiao lai gong
    wen niu ge zhuang xing xiang ou yao lan ni tao zhai an ling chai ji mo geng hong rao pang
    ruan bao shang jiao bian ai yue lian hua zuo kuang mei zhan gan nie zhong huo tu bi dou
    zang ke fei shao xia quan tong pu yi di shan zhen miao xi cui kang
    wong chan cheung leung lau ng chow tsang lam yeung kwok fung mak yip tse szeto lo
    chung chiu choi kwan lui mok poon siu tam tong wan yau yuen ho lee
"""
KOREAN_SURNAMES = """
    kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn
    song yoo hong jeon ko moon yang son bae baek heo nam noh ha
"""
VIETNAMESE_SURNAMES = """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh lam
    mai truong luu
"""

# Adjectives of nationality in English, which a page prints in brackets after a name
# ("X (Filipino)"): the person's nationality, no other name.
NATIONALITIES = """
    afghan albanian algerian american angolan argentine argentinian armenian australian
    austrian azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian
    brazilian british bulgarian burmese burundian cambodian cameroonian canadian chadian
    chilean chinese colombian congolese cuban cypriot czech danish djiboutian dominican
    dutch ecuadorean ecuadorian egyptian emirati eritrean ethiopian fijian filipino filipina
    finnish french gambian georgian german ghanaian greek guatemalan guinean haitian
    honduran hungarian indian indonesian iranian iraqi irish israeli italian ivorian
    jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz
    lao laotian lebanese liberian libyan malawian malaysian maldivian malian mauritanian
    mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali
    nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian
    paraguayan peruvian polish portuguese qatari romanian russian rwandan salvadoran
    saudi senegalese serbian somali spanish sudanese swazi swedish swiss
    syrian taiwanese tajik tanzanian thai tibetan togolese tunisian turkish turkmen ugandan
    ukrainian uruguayan uyghur uighur uzbek venezuelan vietnamese yemeni zambian zimbabwean
    sahrawi kurdish baloch tamil rohingya
"""

# A pinyin syllable: an initial, then a final ("shu" + "jia", "xiao" + "bing").
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ui|ue|er|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}(?:-(?:{_PINYIN_SYLLABLE}){{1,2}})?")
# A Cantonese, Wade-Giles or Korean given name in two hyphened syllables ("Hang-tung",
# "Ming-che", "Min-jun").
_HYPHENED_GIVEN = re.compile(r"[a-z]{1,6}-[a-z]{1,6}")


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in text.split())


@cache
def given_names() -> frozenset[str]:
    """Return every given name of the table, folded."""
    return frozenset(name for names in GIVEN_NAMES.values() for name in _words(names))


@cache
def east_asian_surnames() -> frozenset[str]:
    """Return the family names that East Asian names put first, folded."""
    return _words(CHINESE_SURNAMES) | _words(KOREAN_SURNAMES) | _words(VIETNAMESE_SURNAMES)


@cache
def nationalities() -> frozenset[str]:
    """Return the English adjectives of nationality, folded."""
    return _words(NATIONALITIES)


def is_given_name(word: str) -> bool:
    """Say whether a word is a common given name ("Aleksandra", "Mohamed", "Jean-Claude")."""
    folded = fold(word).strip(".’'")
    if folded in given_names():
        return True
    parts = folded.split("-")
    return len(parts) == 2 and all(part in given_names() for part in parts)


def surname_first(words: list[str]) -> bool:
    """Say whether words are an East Asian name, family name first: a family name of the
    table, then one or two given names that are pinyin, hyphened syllables or short
    ("Li Shujia", "Lee Ming-che", "Tran Thi Nga", "Kim Min-jun")."""
    if not 2 <= len(words) <= 4 or fold(words[0]) not in east_asian_surnames():
        return False
    rest = [fold(w) for w in words[1:]]
    # Vietnamese middle and given names are short syllables ("Thi", "Nga", "Quang")
    short = fold(words[0]) in _words(VIETNAMESE_SURNAMES)
    return all(
        _PINYIN_GIVEN.fullmatch(w) or _HYPHENED_GIVEN.fullmatch(w) or (short and len(w) <= 5)
        for w in rest
    )


def name_like(words: list[str]) -> bool:
    """Say whether a run of capitalised words has a word that names people: a common given
    name, or an East Asian family name before its given name."""
    return any(is_given_name(word) for word in words) or surname_first(words)
