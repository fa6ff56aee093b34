"""Sample content: the Turkmen texts of content.py.

SAMPLE CONTENT ONLY, like content.py: every person, post and place is invented. Keyed like
content.py (exhibits by accession number, galleries and tours by slug); image texts, tour stops
and their order follow the English. An exhibit without a "description" here shows the English one
with a notice that it is not yet translated. Descriptions and introductions are Markdown.
"""

EXHIBITS: dict[str, dict] = {
    "DOC-1924/01": {
        "title": "Demirgazyk ýol 3-nji postuny döretmek baradaky karar",
        "summary": (
            "Döwlet gümrük gullugynyň Baş direktorynyň gol çeken we demirgazyk dag ýolunda "
            "hemişelik gümrük postuny döreden esaslandyryş karary."
        ),
        "description": (
            "**1924-nji ýylyň 3-nji martynda** Döwlet gümrük gullugynyň Baş direktory hemişelik "
            "gümrük postuny “demirgazyk ýoluň dokuzynjy mil daşynyň ýanynda, jülgäniň daralýan "
            "ýerinde” açmagy buýurýan bu iki sahypalyk karara gol çekdi. Şol wagta çenli "
            "geçelgeden geçýän harytlary hepdede diňe iki gezek ýokary çykýan seýyar patrul "
            "barlaýardy. Söwdagärler bu tertibi bilýärdiler, gaçakçylar hem.\n\nKarar ajaýyp "
            "derejede amaly häsiýetlidir. Onda posta at berilýär we onuň işgärleri bir uly "
            "inspektor, iki inspektor we bir garawuldan ybarat diýlip kesgitlenýär, şeýle hem "
            "paýtagtdan iberilmeli enjamlaryň sanawy getirilýär: bir bökdençlik sütüni, bir "
            "toplum meýdança terezisi, bir möhür basyjy, bir çyra we “bir peç hem-de gyş üçin "
            "ýangyç”. Bu sanawdaky möhür basyjy, ähtimal, häzire çenli saklanyp galypdyr we "
            "3-nji zalda görkezilýär.\n\nSahypada Gullugyň bedre möhri we gyrasynda, ähtimal, "
            "kanselýariýa işgäriniň galam bilen ýazan belligi bar: *“nusgasy demirgazyk "
            "etrabyna iberildi, 5.III”*. Iki sahypanyň ortasyndan epin yzy geçýär: bu karar "
            "merkezi arhiwe gaýtarylmazdan öň posta poçta haltasynda baryp gelipdir."
        ),
        "transcription": (
            "DÖWLET GÜMRÜK GULLUGY\nBaş direktoryň edarasy\n№ 14 KARAR\nPaýtagt, 1924-nji ýylyň "
            "3-nji marty\nDemirgazyk ýolda hemişelik gümrük postuny döretmek hakynda\n1. "
            "Demirgazyk ýoluň dokuzynjy mil daşynyň ýanynda, jülgäniň daralýan ýerinde "
            "hemişelik gümrük posty açylsyn we oňa Demirgazyk ýol 3-nji posty diýlip at "
            "berilsin.\n2. Postuň işgärleri bir uly inspektordan, iki inspektordan we bir "
            "garawuldan ybarat bolsun, post ýylyň ähli paslynda gün dogandan gün batýança açyk "
            "saklansyn.\n3. Merkezi gümrükhana posta gijikdirmezden şulary ibersin: bir "
            "bökdençlik sütüni, bir toplum meýdança terezisi, galyplary bilen bir möhür basyjy, "
            "bir çyra, bir peç we gyş üçin ýangyç.\n4. Postdan geçýän ähli harytlar yglan "
            "edilsin, çekilsin we zerur bolan ýagdaýynda möhürlensin.\n5. Şu karar gol çekilen "
            "gününden güýje girýär.\nBaş direktor A. Dremmel\n(galam bilen, gyrasynda: nusgasy "
            "demirgazyk etrabyna iberildi, 5.III)"
        ),
        "images": [
            {
                "caption": "№ 14 kararyň birinji sahypasy",
                "alt_text": (
                    "“№ 14 karar” sözbaşyly, belgilenen bentleri we ýokarky burçunda tegelek "
                    "bedre möhri bolan maşynka bilen ýazylan sahypa."
                ),
            },
            {
                "caption": "Baş direktoryň goly bilen ikinji sahypa",
                "alt_text": (
                    "Maşynka bilen ýazylan sahypanyň aşaky ýarysy: syýa bilen çekilen "
                    "egrem-bugram gol we gyrasynda solgun galam belligi."
                ),
            },
        ],
    },
    "DOC-1928/07": {
        "title": "“Lark” derýa barjasynyň ýük deklarasiýasy",
        "summary": (
            "Derýa portuna agaç, duz we emallanan aşhana gap-gaçlaryny getirýän barja üçin elde "
            "doldurylan ýük deklarasiýasy; ony alty sany yglan edilmedik ýeşigi tapan inspektor "
            "düzedipdir."
        ),
        "images": [
            {
                "caption": ("Inspektoryň gyrmyzy syýa bilen eden düzedişleri bilen deklarasiýa"),
                "alt_text": (
                    "Goýy reňkli el ýazgysy bilen doldurylan çap edilen blank: gyrmyzy syýa "
                    "bilen çekilen setir 40 sanyny pozup, ýanyna 46 ýazypdyr."
                ),
            },
        ],
    },
    "DOC-1936/04": {
        "title": "Inspektor Pawel Orriniň gulluk kitapçasy",
        "summary": (
            "Pawel Orriniň on iki ýyllyk gulluk ýerlerini, wezipe ýokarlanmalaryny, "
            "sylaglanmalaryny we bir ýatdan çykmajak käýinjini ýazga geçiren şahsy gulluk "
            "kitapçasy."
        ),
        "description": (
            "Döwlet gümrük gullugynyň her bir işgäriniň gulluk kitapçasy bardy: eýesi bilen "
            "postdan posta geçýän we her täze işgärler bölüminiň müdiri tarapyndan doldurylýan, "
            "mata bilen örtülen kiçijik kitapça. Bu kitapça 1936-njy ýylda Gulluga kiçi "
            "inspektor bolup giren we 1948-nji ýylda ondan baş inspektor bolup giden **Pawel "
            "Orrine** degişlidir.\n\nOnuň sahypalary gysgaça terjimehal ýaly okalýar. Orrin "
            "işine derýa portunda başlady, birnäçe gyşy Gündogar demir ýol geçelgesinde geçirdi "
            "we gullugyny paýtagtyň merkezi gümrükhanasynda tamamlady. Ýazgylaryň arasynda "
            "şular bar:\n\n- Gündogar demir ýol geçelgesine “öz haýyşy boýunça” geçirilmegi;\n- "
            "galla wagonynda gizlin bölümi tapandygy üçin sylaglanmagy;\n- “bökdençligi on bir "
            "minutlap gözegçiliksiz goýandygy” üçin käýinç;\n- täze surat ýelmenip, baş "
            "inspektor wezipesine bellenmegi.\n\nOrrin şeýle hem ökde mergendi: gullugynyň "
            "birinji ýylynda gazanan atyjylyk medaly sylaglar zalynda (4-nji zal, 1-nji "
            "witrina) görkezilýär. Onuň maşgalasy kitapçany we medaly muzeýe bile sowgat etdi, "
            "myhmanlar hem onuň gulluk ýoluny bir zaldan beýleki zala yzarlamagy halaýarlar."
        ),
        "transcription": (
            "№ 2207 GULLUK KITAPÇASY\nFamiliýasy: Orrin   Ady: Pawel\nGulluga giren senesi: "
            "1936-njy ýylyň 1-nji apreli\nGirende wezipesi: kiçi inspektor\nGulluk ýerleri:\n"
            "1936-njy ýylyň 1-nji apreli - derýa portunyň gümrük edarasy\n1938-nji ýylyň 15-nji "
            "oktýabry - Gündogar demir ýol geçelgesi, öz haýyşy boýunça\n1942-nji ýylyň 2-nji "
            "marty - paýtagtyň merkezi gümrükhanasy, kanselýariýa we gözden geçiriş\n"
            "Sylaglanmalar:\nGündogar demir ýol geçelgesinde № 4471 galla wagonynda gizlin "
            "bölümi ýüze çykarmakda görkezen hüşgärligi üçin.\nTemmiler:\nBökdençligi on bir "
            "minutlap gözegçiliksiz goýandygy üçin käýinç. 1940-njy ýylyň 9-njy ýanwarynda "
            "girizildi.\nWezipe ýokarlanmalary:\nInspektor, 1938. Uly inspektor, 1942. Baş "
            "inspektor, 1946.\nÖz haýyşy boýunça Gullukdan boşadyldy, 1948-nji ýylyň 30-njy "
            "iýuny.\nIşgärler bölüminiň müdiri: M. Ferrand"
        ),
        "images": [
            {
                "caption": "Gulluk kitapçasynyň daşy",
                "alt_text": (
                    "Öňünde könelen çap edilen nyşany we 2207 belgisi bolan, goýy gök mata "
                    "bilen örtülen kiçijik kitapça."
                ),
            },
            {
                "caption": "Orriniň gulluk ýerleri ýazylan sahypalar",
                "alt_text": (
                    "Elde ýazylan seneleriň we ýerleriň çyzykly sütünleri we her ýazgynyň "
                    "aşagynda kiçijik gyrmyzy ştamp bolan açyk kitapça."
                ),
            },
        ],
    },
    "KP-1939/02": {
        "title": "Gündogar demir ýol geçelgesinden gar basan otly barada hat",
        "summary": (
            "Uly inspektoryň gar sebäpli ýolda galan ýük otlusy we onuň işgärleriniň gar "
            "köşeşlerinde çyranyň ýagtysynda barlan möhürleri barada paýtagta iberen hasabaty."
        ),
        "images": [
            {
                "caption": "Hasabatyň birinji sahypasy",
                "alt_text": (
                    "Ýokarky sag burçunda tegelek gyrmyzy kabul ediş ştampy bolan, birneme "
                    "epilen çyzykly kagyza elde ýazylan hat."
                ),
            },
        ],
    },
    "DOC-1947/11": {
        "title": "Edda Lornuň gümrük dellalynyň şahadatnamasy",
        "summary": (
            "Edda Lorny gümrük dellallarynyň sanawyna girizýän we oňa derýa portunda "
            "söwdagärler üçin deklarasiýa taýýarlamaga rugsat berýän şahadatnama."
        ),
        "images": [
            {
                "caption": "Dellalyň şahadatnamasy",
                "alt_text": (
                    "Nagyşly oýma gyrasy, çap edilen sözbaşysy, elde ýazylan ýazgylary we iki "
                    "goluň ýanynda bedre möhri bolan ýatyk şahadatnama."
                ),
            },
        ],
    },
    "MAP-1952/01": {
        "title": "Derýa portunyň gümrük zolagynyň kartasy",
        "summary": (
            "Derýa portunyň gümrük zolagynyň elde reňklenen topografik meýilnamasy: onda "
            "duralgalar, kranlar, gümrük ammarlary we gözden geçiriş nokatlary görkezilýär."
        ),
        "description": (
            "Bu uly sahypany **derýa portunyň** gümrük zolagynyň nireden başlap, nirede "
            "gutarýandygyny takyk görkezmek üçin Döwlet gümrük gullugynyň topografiýa bölümi "
            "çyzypdyr. Serhet gyzyl çyzyk bilen çekilipdir; onuň içindäki her bir duralga, "
            "kran, gümrük ammary we gözden geçiriş jaýy belgilenip, şertli belgilerde "
            "düşündirilýär.\n\nKarta sergi üçin däl-de, iş guraly hökmünde ulanylypdyr. Galam "
            "bilen goşulan ýazgylar meýilleşdirilen ýangyç duralgasyny we gözden geçiriş "
            "jaýynyň 2-nji duralgadan 4-nji duralga göçürilmegini görkezýär, gök çyzyk bolsa "
            "“ýazky joşgunlaryň iň beýik suw derejesini” belleýär. Bu aşaky duralgadaky "
            "1971-nji ýylyň joşgunynda ýitirilen **köne gümrük ammaryny** görkezýän ýeke-täk "
            "saklanyp galan meýilnamadyr; onuň suraty 2-nji zalda asylgy dur.\n\nKarta muzeýe "
            "gelende senesizdi. Muzeý işgärleri ony görkezilen binalara we şertli belgilerdäki "
            "nyşana görä 1950-nji ýyllara degişli edýärler. Ýokary çözgütli skan myhmanlara iň "
            "kiçi ammar belgisine çenli ulaltmaga mümkinçilik berýär, ol galla elewatoryndan "
            "düşürilen portuň panoramasy bilen hem gowy utgaşýar."
        ),
        "transcription": (
            "DÖWLET GÜMRÜK GULLUGY - TOPOGRAFIÝA BÖLÜMI\nDERÝA PORTUNYŇ GÜMRÜK ZOLAGYNYŇ "
            "MEÝILNAMASY\nMasştab 1 : 2000\nŞertli belgiler:\nGyzyl çyzyk - gümrük zolagynyň "
            "serhedi\n1 - Derýa portunyň gümrükhanasy\n2 - Gözden geçiriş jaýy, 2-nji duralga "
            "(galam bilen: 4-nji duralga göçürildi)\n3 - Gümrük ammary, aşaky duralga\n4 - "
            "Gümrük ammary, ýokarky duralga\n5 - Meýdança terezisi\n6 - № 1 kran we № 2 kran\n7 "
            "- Port derwezesindäki garawul jaýy\n8 - Ýolagçy paroholary üçin gonuş "
            "meýdançalary\nGök çyzyk - ýazky joşgunlaryň iň beýik suw derejesi\n(galam bilen) "
            "Ýangyç duralgasy meýilleşdirilýär, 52/7 işe serediň\nÇyzan T. Annik. Baş topograf "
            "tarapyndan barlandy."
        ),
        "images": [
            {
                "caption": "Kartanyň doly, ýokary çözgütli skany",
                "alt_text": (
                    "Duralgalary we belgilenen binalary, gyzyl serhet çyzygy we suwuň golaýynda "
                    "tolkunly gök joşgun çyzygy bolan derýa portunyň elde reňklenen uly "
                    "meýilnamasy."
                ),
            },
            {
                "caption": "Şertli belgileriň jikme-jik görnüşi",
                "alt_text": (
                    "Belgilenen binalary sanaýan, iki setiriň ýanyna kiçi galam bellikleri "
                    "goşulan, tertipli harplar bilen ýazylan karta şertli belgileriniň ýakyndan "
                    "görnüşi."
                ),
            },
        ],
    },
    "DOC-1962/05": {
        "title": "Demir ýol wagonlaryny möhürlemek barada sirkulýar",
        "summary": (
            "Merkezi gümrükhananyň demir ýol wagonlaryndaky adaty gurşun möhürleri ýoluň iki "
            "ujunda hem hasaba alynýan belgili möhürler bilen çalyşýan sirkulýary."
        ),
        "images": [
            {
                "caption": "№ 22/62 sirkulýaryň birinji sahypasy",
                "alt_text": (
                    "Belgilenen düzgünleriň sanawy we baş harplar bilen ýazylan sözbaşysy "
                    "bolan, maşynkada kopiýa kagyzy bilen çykarylan solgun sahypa."
                ),
            },
            {
                "caption": "Alty işgäriň gol çeken soňky sahypasy",
                "alt_text": (
                    "Dürli syýalar bilen elde ýazylan alty gol we sene bilen doly örtülen "
                    "maşynka sahypasynyň aşaky bölegi."
                ),
            },
        ],
    },
    "ГТС-0012": {
        "title": "Ýolagçy deklarasiýasynyň boş blanky",
        "summary": (
            "Gündogar demir ýol geçelgesine ýakynlaşýan otlulardaky ýolagçylara paýlanýan "
            "görnüşdäki, 1960-njy ýyllaryň ulanylmadyk ýolagçy deklarasiýasy."
        ),
        "images": [
            {
                "caption": "Ulanylmadyk blankyň öňi",
                "alt_text": (
                    "Belgilenen soraglary, jogaplar üçin nokatly setirleri we aşagynda boş "
                    "gutujygy bolan, saralan kiçijik çap blanky."
                ),
            },
        ],
    },
    "DOC-1971/05": {
        "title": "Derýa portundaky joşgundan soňky minnetdarlyk haty",
        "summary": (
            "Baş direktoryň 1971-nji ýylyň maý aýyndaky uly joşgun wagtynda ýükleri, sanawlary "
            "we resminamalary halas eden derýa portunyň işgärlerine minnetdarlyk haty."
        ),
        "images": [
            {
                "caption": "Bildiriş tagtasyndan galan iňňe deşikleri bilen hat",
                "alt_text": (
                    "Gyralary birneme goňurlaşan, her burçunda kiçijik posly deşik bolan, gol "
                    "çekilen, blankda maşynka bilen ýazylan hat."
                ),
            },
        ],
    },
    "KP-1975/12": {
        "title": ("Gündogar demir ýol geçelgesinde täze terminalyň açylmagy barada buýruk"),
        "summary": (
            "Gündogar demir ýol geçelgesindäki gümrük gözegçiligini ýoluň gyrasyndaky agaç "
            "jaýdan ýörite gurlan terminala geçiren buýruk."
        ),
        "images": [
            {
                "caption": "№ 61 buýrugyň birinji sahypasy",
                "alt_text": (
                    "Goýy sözbaşyly, alty belgili bendi bolan we tegelek ştampy goly bölekleýin "
                    "ýapýan, maşynka bilen ýazylan resmi buýruk."
                ),
            },
        ],
    },
    "DOC-1993/02": {
        "title": "Derýa portunyň kompýuterde çap edilen ilkinji ýük deklarasiýasy",
        "summary": (
            "Derýa portunyň täze matrisaly printerinden çykan ilkinji ýük deklarasiýasy; "
            "ýatlama hökmünde onuň arka tarapyna tutuş smena gol çekipdir."
        ),
        "images": [
            {
                "caption": "Çap edilen deklarasiýanyň öňi",
                "alt_text": (
                    "Iki gyrasy boýunça deşikli zolaklary we iri nokatly-matrisaly baş "
                    "harplardan ybarat setirleri bolan üznüksiz printer kagyzy."
                ),
            },
            {
                "caption": "Smenanyň gol çeken arka tarapy",
                "alt_text": (
                    "Barjanyň syýa bilen çekilen kiçijik suratynyň töweregine elde ýazylan "
                    "gollar bilen örtülen çap kagyzynyň arkasy."
                ),
            },
        ],
    },
    "PH-0021": {
        "title": "Demirgazyk ýol 3-nji posty ilkinji ýyllarynda",
        "summary": (
            "Demirgazyk ýoldaky gümrük postunyň iň irki belli suraty: agaç jaý, zolakly "
            "bökdençlik we şineli geýen üç işgär."
        ),
        "description": (
            "Ony döreden karardan (1-nji zal, 1-nji witrina) takmynan alty ýyl soň hem "
            "Demirgazyk ýol 3-nji posty sada ýerdi: daş turbaly **agaç jaý**, odun saklanýan "
            "jaý we ýoluň üstünden geçirilen zolakly bökdençlik sütüni. Suratçy biraz ýapgydyň "
            "ýokarsynda duranlygy sebäpli, postuň aňyrsynda jülgäniň içi bilen aşak "
            "egrem-bugram inýän ýol görünýär.\n\nÜç işgär uzyn gyşky şineli we günlükli papagy "
            "geýip, jaýyň öňünde surata düşýär. Ortadaky adam goltugyna hasap kitabyny gysyp "
            "dur, sanki dag geçelgesinde-de kagyz işleriniň gullugyň aýrylmaz bölegidigini "
            "tomaşaça ýatladýan ýaly. Haltalar ýüklenen gatyr arabasy bökdençligiň ýanynda "
            "sabyrly garaşýar.\n\nSurat demirgazyk ýoluň görnüşlerini açyk hat hökmünde satýan "
            "gezip ýören suratçy tarapyndan çykarylypdyr, arka tarapynda galam bilen ýazylan "
            "bahasy saklanyp galypdyr. Beton binaly we elektrik bökdençlikli şol bir ýer 5-nji "
            "witrinadaky postuň soňky gününiň suratynda görünýär; onuň aňyrsyndaky dag bolsa "
            "kän bir üýtgemändir."
        ),
        "images": [
            {
                "caption": "Demirgazyk ýoldaky post",
                "alt_text": (
                    "Dag ýolunyň gyrasyndaky kiçijik agaç jaýyň, zolakly bökdençligiň, forma "
                    "geýen üç adamyň we gatyr arabasynyň ak-gara görnüşi."
                ),
            },
            {
                "caption": "Jikme-jik görnüş: işgärler gapynyň agzynda",
                "alt_text": (
                    "Uzyn paltoly we günlükli papakly, jaýyň gapysynyň agzynda duran üç adamyň "
                    "ýakyndan kesilen görnüşi; ortadakysy uly kitap tutup dur."
                ),
            },
        ],
    },
    "PH-0034": {
        "title": "Merkezi gümrükhananyň işgärleri öň basgançaklarda",
        "summary": (
            "Paýtagtyň merkezi gümrükhanasynyň kyrk bir işgäriniň, kätibiniň we maşinistkasynyň "
            "resmi toparlaýyn portreti."
        ),
        "images": [
            {
                "caption": "Merkezi gümrükhananyň işgärleri",
                "alt_text": (
                    "Giň daş basgançaklarda hatar-hatar duran forma geýen erkekler we birnäçe "
                    "raýat eşikli adam; öňdäki hataryň ortasynda oturgyçda ýaşuly bir adam otyr."
                ),
            },
        ],
    },
    "PH-0047": {
        "title": "Inspektor Marta Kestreliň portreti",
        "summary": (
            "Gümrük inspektory wezipesine bellenen ilkinji dört aýalyň biri bolan Marta "
            "Kestreliň bellenen ýylynda düşürilen studiýa portreti."
        ),
        "images": [
            {
                "caption": "Marta Kestrel 1953-nji ýylda",
                "alt_text": (
                    "Göwresine laýyk goýy forma kurtkasyny we beret geýen, döşünde kiçijik "
                    "nyşany bolan, birneme çepe seredip duran ýaş aýalyň studiýa portreti."
                ),
            },
        ],
    },
    "PH-0058": {
        "title": "Gündogar demir ýol geçelgesindäki gar astyndaky bökdençlik",
        "summary": (
            "Gündogar demir ýol geçelgesinde demir ýoluň gyrasyndaky gar basan ýol bökdençligi "
            "we garawul jaýy; suraty postuň bir işgäri düşüripdir."
        ),
        "images": [
            {
                "caption": "Gyşda bökdençlik",
                "alt_text": (
                    "Kiçijik garawul jaýynyň ýanynda garly ýoluň üstüne düşürilen zolakly "
                    "bökdençlik sütüni; aňyrda demir ýol signal diňiniň solgun keşbi görünýär."
                ),
            },
        ],
    },
    "PH-0063": {
        "title": "Demirgazyk ýol 3-nji posty-de agaç ýüklenen ýük awtoulagynyň barlagy",
        "summary": (
            "Iki gözegçi demirgazyk ýol postunda agaç ýüklenen ýük awtoulagyny barlag aýnasy we "
            "ölçeg taýagy bilen barlaýar."
        ),
        "images": [
            {
                "caption": "Agaç ýüklenen awtoulagyň barlagy",
                "alt_text": (
                    "Agaç pürsleri üýşürilip ýüklenen ýük awtoulagynyň ýanynda forma geýen iki "
                    "adam: biri çöküp, uzyn taýaga berkidilen aýnany ulagyň aşagyna salýar, "
                    "beýlekisi ýüküň gapdalynda uzyn taýagy tutup dur."
                ),
            },
            {
                "caption": "Jikme-jiklik: şassiniň aşagyndaky aýna",
                "alt_text": (
                    "Taýaga berkidilen tegelek aýnanyň ýakyndan görnüşi, onda ýük awtoulagynyň "
                    "aşaky tarapy görünýär."
                ),
            },
        ],
    },
    "PH-0072": {
        "title": "Derýa portunyň kenarýakalarynyň panoramasy",
        "summary": (
            "Derýa portunyň tutuş gümrük zolagynyň panoramik görnüşi; ol däne elewatorynyň "
            "üçeginden alnan dört negatiwden birleşdirilipdir."
        ),
        "description": (
            "Bu panoramany düzmek üçin suratçy däne elewatorynyň üçegine çykyp, her gezek "
            "kamerany azajyk öwrüp, **biri-biriniň üstüne düşýän dört negatiwi** surata "
            "alypdyr. Soňra çap edilen suratlar kesilip, el bilen birleşdirilipdir; üns bilen "
            "seretseňiz, olaryň tikinlerini häzir hem tapyp bolýar.\n\nSuratda çepden saga "
            "şular görünýär:\n\n- ýolagçy gämileri üçin duralgalar;\n- baýdak sütünli derýa "
            "portunyň gümrükhanasy;\n- iki kran we ýokarky kenarýaka;\n- aşaky kenarýakada üç "
            "hatar bolup daňylan barjalar;\n- iň sagda, 1971-nji ýylyň suw joşmasynda ýitirilen "
            "**köne gümrük ammarynyň** uzyn üçegi.\n\nGümrük zolagynyň kartasy (1-nji zal, "
            "5-nji witrina) bilen bilelikde okalanda, panorama myhmanlara portdaky binalaryň "
            "diýen ýaly hemmesiniň ýerini tapmaga mümkinçilik berýär. Witrinanyň ýanyndaky "
            "ekranda görkezilýän ýokary takyklykly skan duralgadaky gäminiň adyny okar ýaly "
            "aýdyňdyr."
        ),
        "images": [
            {
                "caption": "Doly panorama, ýokary takyklykly skan",
                "alt_text": (
                    "Derýa portunyň üstünden alnan örän giň ak-gara görnüş: kenarýakalar, iki "
                    "kran, hatar-hatar daňylan barjalar we sag gyrada ammaryň uzyn üçegi."
                ),
            },
            {
                "caption": "Jikme-jiklik: gümrükhana we kranlar",
                "alt_text": (
                    "Panoramadan kesilip alnan bölek: baýdak sütünli iki gatly bina we onuň "
                    "ýanyndaky iki sany beýik port krany."
                ),
            },
        ],
    },
    "PH-0080": {
        "title": "Derýa portunyň köne gümrük ammary",
        "summary": (
            "Aşaky kenarýakadaky uzyn kerpiç gümrük ammary; surat suw joşmasynda "
            "ýitirilmezinden öň, näbelli senede alnypdyr."
        ),
        "description": (
            "**Köne gümrük ammarynda** gümrük pajy heniz tölenmedik harytlar saklanypdyr. "
            "Täjirler ýüklerini bu ýerde gümrük möhüri astynda birnäçe aýlap goýup, diňe "
            "saklanyş tölegini töläpdirler we alyjy tapdygyça ony bölüm-bölüm "
            "resmileşdiripdirler. Bina derýa portunyň kartasynda we panoramanyň gyrasynda "
            "görünýär, ýöne bu onuň ýakyndan alnan we bize mälim bolan ýeke-täk suratydyr.\n\n"
            "Çap edilen suratda ne sene, ne studiýanyň möhüri, ne-de ýazgy bar, diňe arka "
            "tarapynda galam bilen ýazylan birnäçe söz bar: *“ammar - suw joşmasyndan öň”*. "
            "Muzeý bu jümläni suratyň senesi hökmünde saklapdyr. El arabalarynyň görnüşi we "
            "gapynyň üstündäki ýeke elektrik çyrasy 1950-nji ýa-da 1960-njy ýyllary çaklamaga "
            "esas berýär, ýöne mundan takyk bir zat aýtmak mümkin däl.\n\nAmmar 1971-nji ýylyň "
            "maý aýyndaky suw joşmasynda agyr zaýalanypdyr we indiki ýyl ýykylypdyr. Onuň çoýun "
            "gapy belgisi, uly “3” sanly, muzeýiň gaznasynda saklanýar."
        ),
        "images": [
            {
                "caption": "Aşaky kenarýakadaky ammar",
                "alt_text": (
                    "Uly agaç gapyly we olaryň üstünde çyrasy bolan uzyn, pes kerpiç bina, "
                    "öňünde daş düşelen kenarýakada iki adam we el arabalary."
                ),
            },
        ],
    },
    "ГТС-0031": {
        "title": "Merkezi gümrükhananyň aýallar smenasy",
        "summary": (
            "Paýtagtyň merkezi gümrükhanasynyň ýolagçylar zalynyň sekiz aýal gözegçisi; surat "
            "işgärleriň naharhanasynda çaý arakesmesi wagtynda alnypdyr."
        ),
        "images": [
            {
                "caption": "Naharhanada çaý arakesmesi",
                "alt_text": (
                    "Çaý käseli naharhana stolunyň daşynda oturan we duran, forma köýnekli, "
                    "ýylgyrýan sekiz aýal."
                ),
            },
        ],
    },
    "PH-0095": {
        "title": "Gündogar demir ýol geçelgesinde it tälimçisi we gulluk iti",
        "summary": (
            "Gözegçi Karel Danne we onuň Brisk atly iti Gündogar demir ýol geçelgesinde boş ýük "
            "wagonyny barlaýarlar."
        ),
        "images": [
            {
                "caption": "Brisk işde",
                "alt_text": (
                    "Öň aýaklaryny açyk demir ýol wagonynyň poluna goýan uzyn ýüňli çopan iti, "
                    "onuň arkasynda uzyn ýüpi tutup duran forma geýen tälimçi."
                ),
            },
        ],
    },
    "PH-0102": {
        "title": "Demirgazyk ýol 3-nji posty-de şlagbaumyň soňky gezek aşak düşürilişi",
        "summary": (
            "Demirgazyk ýol 3-nji postunyň işgärleri post awtoýoluň golaýyndaky täze ýere "
            "göçürilmezinden öň şlagbaumy soňky gezek aşak düşürýärler."
        ),
        "images": [
            {
                "caption": "Postdaky soňky agşam",
                "alt_text": (
                    "Iki gatly binanyň öňünde, gyzyl-ak şlagbaumyň ýanynda duran goýy gök "
                    "formaly on bir adamyň reňkli suraty, arkada daglar."
                ),
            },
            {
                "caption": "Ýapylandan soňky post binasy",
                "alt_text": (
                    "Ýoluň gyrasyndaky penjire gapaklary ýapyk, boş beton gümrük binasy, agşam "
                    "yşygynda."
                ),
            },
        ],
    },
    "EQ 1921-04": {
        "title": "Derýa gözegçisiniň ýol syýadandy",
        "summary": (
            "Nurbatly gapakly, deri gaply ýol syýadandy; ony barjalaryň palubasynda "
            "deklarasiýalary dolduran gözegçiler ýanlarynda göteripdirler."
        ),
        "images": [
            {
                "caption": "Deri gabyndaky syýadan",
                "alt_text": (
                    "Bürünç nurbatly gapakly kiçijik şüşe syýadan, onuň ýarysy guşaga dakmak "
                    "üçin gysgyçly, könelen goňur deri gabyň içinde."
                ),
            },
        ],
    },
    "EQ 1923-01": {
        "title": "Demirgazyk ýol 3-nji postunyň ryçagly möhür pressi",
        "summary": (
            "Gurşun möhürlerini basmak üçin niýetlenen çoýun ryçagly press; ol, ähtimal, "
            "demirgazyk ýol postuna iberilen ilkinji enjamlaryň biridir."
        ),
        "description": (
            "Möhür pressi gümrük işgäriniň iň ynamdar guraly bolupdyr. Halta, sandyk ýa-da "
            "wagon gapysyny ýapýan ýüpe ýa-da sime ýumşak gurşun möhür geçirilipdir; işgär ony "
            "**oýulyp ýazylan galyplaryň** arasynda goýup, ryçagy çekipdir we gurşun gysylyp "
            "ýasy bolupdyr, onuň iki tarapynda-da postuň belgisi galypdyr. Möhüri döwmezden "
            "gaby hiç kim gaýtadan açyp bilmändir.\n\nBu press, ähtimal, Demirgazyk ýol 3-nji "
            "postuny döreden 1924-nji ýylyň kararynda (1-nji zal, 1-nji witrina) sanalan "
            "presleriň biridir. Onuň galyplarynyň bir ýüzünde “SCS”, beýleki ýüzünde “N3” diýip "
            "ýazylgy. Tutulýan ýeri ýalpyldap galan uzyn tutawajy möhüri bir el bilen, hatda "
            "ellik geýlende-de basmaga ýeterlik güýç beripdir.\n\nPress 1962-nji ýylyň "
            "sirkulýaryndan (1-nji zal, 3-nji witrina) soň ýönekeý gurşun möhürleriň ýerine "
            "belgili möhürler girizilýänçä ulanylypdyr. Sirkulýaryň talap edişi ýaly paýtagta "
            "gaýtarylmagynyň deregine, ol sapyna häzir hem daňylgy duran ýük ýarlygynda "
            "ýazylyşy ýaly, “ýadygärlik hökmünde” postdaky şkafda saklanypdyr."
        ),
        "images": [
            {
                "caption": "Möhür pressi",
                "alt_text": (
                    "Uzyn atagyza meňzeş, ýylmanan saply, kiçi tegelek agyzly we ýüp bilen "
                    "kagyz ýarlyk daňlan goýy reňkli çoýun gural."
                ),
            },
            {
                "caption": "Oýulyp ýazylan galyplaryň jikme-jikligi",
                "alt_text": (
                    "Pressiň agzyna oturdylan, çykyk harplar oýulyp ýazylan iki sany kiçi "
                    "tegelek polat galybyň ýakyndan görnüşi."
                ),
            },
        ],
    },
    "EQ 1938-05": {
        "title": "Derýa portunyň onluk meýdançaly terezisi",
        "summary": (
            "Derýa portunyň ýokarky kenarýakasynda gümrük pajy kesgitlenmezinden öň "
            "halta-sandyklaryň çekilen agyr onluk terezisi."
        ),
        "images": [
            {
                "caption": "Meýdançaly terezi",
                "alt_text": (
                    "Agaç meýdançaly, dik sütünli, bürünç penjeli uly demir terezi, onuň "
                    "ýanynda üýşürilen tegelek terezi daşlary."
                ),
            },
        ],
    },
    "EQ 1949-03": {
        "title": "Gündogar demir ýol geçelgesiniň bürünç el möhüri",
        "summary": (
            "Gündogar demir ýol geçelgesiniň tegelek resmi belgisi bolan bürünç ýüzli el "
            "möhüri; ol ýük hatlaryny, deklarasiýalary we hasaba alyş kitaplaryny tassyklamak "
            "üçin ulanylypdyr."
        ),
        "images": [
            {
                "caption": "El möhüri we onuň gabyjygy",
                "alt_text": (
                    "Tegelek bürünç ýüzli, agaç saply möhür, onuň ýanynda guşaga dakar ýaly "
                    "ilmekli kiçi deri gabyjyk ýatyr."
                ),
            },
        ],
    },
    "EQ 1955-02": {
        "title": "Teleskopik barlag aýnasy",
        "summary": (
            "Uzalýan taýaga berkidilen tegelek güberçek aýna; ol ulaglaryň aşagyna we "
            "gözegçiniň eli ýetmeýän ýerlere seretmek üçin ulanylypdyr."
        ),
        "images": [
            {
                "caption": "Doly uzaldylan aýna",
                "alt_text": (
                    "Tutawajy we tutawajynyň golaýynda kiçi ilgeji bolan uzyn metal taýaga "
                    "berkidilen, gara rezin gyrawly tegelek aýna."
                ),
            },
        ],
    },
    "ГТС-0047": {
        "title": "Seýyar patrulyň göçme radiostansiýasy",
        "summary": (
            "Demirgazyk etrabyň seýyar patrullarynyň hemişelik gümrük postlarynyň arasynda "
            "ýanlarynda göteren batareýaly radio kabul ediji-geçirijisi."
        ),
        "description": (
            "Hemişelik postlaryň arasynda seýyar patrullar gapdal ýollara we dag ýodalaryna "
            "gözegçilik edipdirler. 1960-njy ýyllara çenli olar diňe özleri gelip habar berip "
            "bilýärdiler; bu **göçme radiostansiýa** ýagdaýy üýtgedipdir. Antennasy "
            "galdyrylanda, howa gowy bolsa, ol Demirgazyk ýol 3-nji posty bilen takmynan on bäş "
            "kilometr uzaklykdan aragatnaşyk saklap bilipdir.\n\nRadiostansiýa kenep göteriji "
            "guşakly çal polat gutynyň içinde ýerleşýär. Onuň düwmeleri ellik geýlende-de "
            "towlar ýaly ullakan, gapagynyň içindäki kartoçkada bolsa çagyryş atlary "
            "sanalýar:\n\n- post üçin **BARRIER** (“Şlagbaum”);\n- patrullar üçin **LYNX** "
            "(“Sileýsin”);\n- etrap edarasy üçin **MOTHER** (“Ene”).\n\nPatrul işgärleri ony "
            "esasan agramy bilen ýatlapdyrlar: batareýalary bilen dokuz kilogramdan hem agyr. "
            "Trubkanyň simindäki lehimlenip bejerilen ýer onuň täze nusgalar gelenden soň hem "
            "uzak wagtlap ulanylandygyny görkezýär."
        ),
        "images": [
            {
                "caption": "Antennasy galdyrylan radiostansiýa",
                "alt_text": (
                    "Uly gara düwmeli, towlanýan simli trubkaly we inçe teleskopik antennaly "
                    "çal metal guty, kenep guşagyň üstünde dur."
                ),
            },
            {
                "caption": "Gapagyň içindäki çagyryş atlary ýazylan kartoçka",
                "alt_text": (
                    "Metal gapagyň içine berkidilen, üç çagyryş ady sanalan, maşynkada ýazylan "
                    "kiçi kartoçkanyň ýakyndan görnüşi."
                ),
            },
        ],
    },
    "EQ 1978-02": {
        "title": "Derýa patrulynyň durbuny",
        "summary": (
            "Derýa patrulynyň porta ýakynlaşýan gämileriň atlaryny we çöküş belgilerini okamak "
            "üçin ulanan rezin örtükli durbuny."
        ),
        "images": [
            {
                "caption": "Derýa patrulynyň durbuny",
                "alt_text": (
                    "Linza gapaklary ýüplerden sallanyp duran, inçe ýüpden örülen guşakly, gara "
                    "rezin bilen örtülen durbun."
                ),
            },
        ],
    },
    "EQ 1962-07": {
        "title": "Giň karetkaly edara ýazuw maşynkasy",
        "summary": (
            "Gündogar demir ýol geçelgesiniň kanselýariýasynyň hasabatlaryny we hatlaryny ýazan "
            "agyr ýazuw maşynkasy; ol gaýtadan dikeldilen işgär stolunyň ortasynda dur."
        ),
        "images": [
            {
                "caption": "Soňky kagyz salnan ýazuw maşynkasy",
                "alt_text": (
                    "Giň karetkaly, tegelek aýna üstli düwmeleri bolan uly çal-ýaşyl ýazuw "
                    "maşynkasy, walyna bir setir ýazylan kagyz salnan."
                ),
            },
        ],
    },
    "EQ 1965-11": {
        "title": "“Barlandy - Goýberildi” rezin möhüri",
        "summary": (
            "Iberilen ýüküň resmileşdirilendigini belläp goýan gönüburçly rezin möhür; gaýtadan "
            "dikeldilen işgär stolunda ol syýa ýassyjygynyň ýanynda dur."
        ),
        "images": [
            {
                "caption": "Möhür we onuň syýa ýassyjygy",
                "alt_text": (
                    "Benewşe reňke boýalan, açyk kiçi gapjagaz syýa ýassyjygynyň ýanynda duran "
                    "agaç saply rezin möhür."
                ),
            },
            {
                "caption": "Möhüriň yzy",
                "alt_text": (
                    "Belgi we sene üçin boş ýerleri bolan, “Barlandy - Goýberildi” diýlip "
                    "ýazylan benewşe reňkli gönüburçly möhür yzy."
                ),
            },
        ],
    },
    "ГТС-0058": {
        "title": "Gelýän ýükleriň hasaba alyş kitaby",
        "summary": (
            "Her bir ýüküň elde ýazylyp girizilen tikilen kitaby; dikeldilen işgär stolunda ol "
            "1970-nji ýylyň mart aýynyň sahypasynda açyk ýatyr."
        ),
        "images": [
            {
                "caption": "1970-nji ýylyň mart aýynda açylan kitap",
                "alt_text": (
                    "Elde ýazylan ýazgylaryň çyzyklanan sütünleri bolan uly açyk kitap; käbir "
                    "ýazgylar gyzyl bilen bellenen, epiniň arasynda ruçka ýatyr."
                ),
            },
        ],
    },
    "EQ 1970-04": {
        "title": "Şlagbauma göni aragatnaşykly stol telefony",
        "summary": (
            "Şlagbauma göni liniýa üçin goşmaça düwmesi bolan gara diskli telefon; ol "
            "dikeldilen stolda işgäriň eli ýetýän ýerde dur."
        ),
        "images": [
            {
                "caption": "Stol telefony",
                "alt_text": (
                    "Gapdalynda gyzyl düwmesi we diskiniň aşagynda maşynkada ýazylan kiçijik "
                    "kartoçkasy bolan gara diskli telefon."
                ),
            },
        ],
    },
    "EQ 1958-09": {
        "title": "Ýaşyl abažurly stol çyrasy",
        "summary": (
            "Gijeki nobatçylykda işgäriň işini ýagtyldýan, sazlanýan stol çyrasy; häzir ol "
            "5-nji zaldaky dikeldilen stoly ýagtyldýar."
        ),
        "images": [
            {
                "caption": "Ýanyp duran stol çyrasy",
                "alt_text": (
                    "Tegelek çoýun esasly we ýaşyl emal abažurly, bogunly stol çyrasy; ol ýyly "
                    "ýagtylyk tegelegini düşürýär."
                ),
            },
        ],
    },
    "ГТС-0063": {
        "title": "Gümrük işgäriniň forma kepkasy",
        "summary": (
            "Gullugyň nyşanly, 1970-nji ýyllaryň nusgasyndaky gyrasy uzyn kepka; eýesi ýaňy "
            "çykyp giden ýaly, ol dikeldilen stolda galdyrylypdyr."
        ),
        "images": [
            {
                "caption": "Inspektor Wendriniň kepkasy",
                "alt_text": (
                    "Açyk gök zolakly, ýalpyldawuk gara gyraly we açar bilen ganat şekilli "
                    "metal nyşanly goýy gök kepka."
                ),
            },
        ],
    },
    "AW-1927/1": {
        "title": "Portdaky ilkinji futbol oýnunyň wympely",
        "summary": (
            "Derýa portunyň gümrük işgärleri bilen port işçileriniň arasyndaky ilkinji "
            "guramaçylykly futbol oýnunyň hatyrasyna keçe wympel."
        ),
        "images": [
            {
                "caption": "Futbol wympeli",
                "alt_text": (
                    "Agaç taýajykdan asylan, reňki solan üçburç keçe wympel; onuň üstünde "
                    "futbol topy, atanaklaýyn goýlan iki kürek we bir setir ýazgy "
                    "keşdelenipdir, saçagynyň bir bölegi ýok."
                ),
            },
        ],
    },
    "AW-1936/2": {
        "title": "Pawel Orriniň atyjylyk medaly",
        "summary": (
            "Kiçi inspektor Pawel Orriniň gulluga girenine alty aý bolanda gullukara atyjylyk "
            "ýaryşynda tüpeňden atmakda gazanan kümüş medaly."
        ),
        "description": (
            "Köp postlarda gümrük işgärleri ýarag göterýärdi, mergenlik bolsa her ýyl "
            "barlanýardy. 1936-njy ýylyň sentýabrynda gullukda bary-ýogy alty aý işlän ýaş "
            "**Pawel Orrin** gullukara atyjylyk ýaryşyna gatnaşyp, polisiýadan we beýleki "
            "gulluklardan gelen bäsdeşlerini yzda galdyryp, tüpeňden atmak boýunça ýaşlar "
            "toparynda birinji orny eýeledi.\n\nMedal kümüşden basylyp ýasalypdyr: öň tarapynda "
            "nyşana we atanaklaýyn goýlan iki tüpeň, arka tarapynda bolsa oýulyp ýazylan ýazgy "
            "bar. Ol Gullugyň reňklerindäki – açyk gök zolakly goýy gök – lentadan asylýar.\n\n"
            "Orriniň derýa portundan paýtagta çenli bütin gulluk ýoluny öz içine alýan gulluk "
            "kitapçasy 1-nji zalyň 2-nji witrinasynda görkezilýär. Onuň maşgalasy bu iki zady "
            "muzeýe bile sowgat etdi, muzeýiň gezelenji hem olary biri-birine baglaýar."
        ),
        "images": [
            {
                "caption": "Medalyň öň tarapy",
                "alt_text": (
                    "Açyk zolakly goýy gök lentadan asylan, üstünde nyşana we atanaklaýyn "
                    "goýlan iki tüpeň şekillendirilen tegelek kümüş medal."
                ),
            },
            {
                "caption": "Oýulyp ýazylan arka tarapy",
                "alt_text": "Kümüş medalyň birnäçe setir ownuk oýma ýazgyly arka tarapy.",
            },
        ],
    },
    "AW-1955/1": {
        "title": "Topar göreşi boýunça geçiji kubok",
        "summary": (
            "Hukuk goraýjy gulluklaryň oýunlarynda yzly-yzyna üç gezek ýeňiş gazanan gümrük "
            "göreş topary tarapyndan bütinleý eýelenen kümüş çaýylan uly geçiji kubok."
        ),
        "description": (
            "Bu zaldaky iň ajaýyp baýrak. Topar göreşi boýunça **geçiji kubok** her ýyl ýeňiji "
            "gulluga geçýärdi we ony diňe yzly-yzyna üç gezek ýeňen topar hemişelik özünde "
            "galdyryp bilýärdi. Gümrük topary hut şeýle etdi: 1953, 1954 we 1955-nji ýyllarda "
            "ýeňdi, şondan bäri kubok Gullukda saklanýar.\n\nToparyň daýanjy derýa portundan "
            "agyr agramly inspektor **Lew Marrok** bolup, ol üç ýaryşyň hiç birinde-de "
            "ýeňilmedi. Her ýylyň ýeňijileri kubogyň esasyndaky kiçi galkanlarda oýulyp "
            "ýazylypdyr: polisiýa, serhetçiler, ýene polisiýa, soňra bolsa yzly-yzyna üç gezek "
            "“Döwlet gümrük gullugy”.\n\nSoňky ýeňişden soň topar kubogy egninde göterip, derýa "
            "portuny aýlanypdyr; gapagyndaky çöküklik hem şol agşamdan galypdyr diýilýär."
        ),
        "images": [
            {
                "caption": "Geçiji kubok",
                "alt_text": (
                    "Kiçi oýma galkanlar bilen gurşalan goýy reňkli agaç esasdaky, gümmez "
                    "gapakly, iki tutawaçly uzyn kümüş kubok."
                ),
            },
            {
                "caption": "Jikme-jiklik: esasdaky ýeňijileriň galkanlary",
                "alt_text": (
                    "Gara esasdaky kiçi kümüş galkanlaryň ýakyndan görnüşi; olaryň her birinde "
                    "ýyl we at oýulyp ýazylypdyr."
                ),
            },
        ],
    },
    "AW-1963/4": {
        "title": "Gündogar demir ýol geçelgesiniň toparynyň estafeta medaly",
        "summary": (
            "Gündogar demir ýol geçelgesiniň dört inspektorynyň 4 × 400 metr estafetada gazanan "
            "bürünç medaly."
        ),
        "images": [
            {
                "caption": "Bürünç estafeta medaly",
                "alt_text": (
                    "Zolakly lentadaky, marra lentasyny kesip geçýän ylgaýjy şekillendirilen "
                    "bürünç medal."
                ),
            },
        ],
    },
    "AW-1972/2": {
        "title": "Kätip Ýuriý Pellanyň küşt diplomy",
        "summary": (
            "Hukuk goraýjy gulluklaryň küşt ýaryşynda bir oýunda-da utulman ýeňiş gazanan "
            "hasaba alyş bölüminiň kätibi Ýuriý Pellana gowşurylan çap edilen diplom."
        ),
        "images": [
            {
                "caption": "Küşt diplomy",
                "alt_text": (
                    "Gyrasy ak-gara küşt tagtasy görnüşinde bezelen, ortasynda elde ýazylan at "
                    "we aşagynda goly bolan çap edilen diplom."
                ),
            },
        ],
    },
    "AW-1981/5": {
        "title": "Merkezi gümrükhananyň zenanlar toparynyň woleýbol kubogy",
        "summary": (
            "Paýtagtyň merkezi gümrükhanasynyň zenanlar woleýbol toparynyň Hukuk goraýjy "
            "gulluklaryň oýunlarynda gazanan uzyn kubogy."
        ),
        "images": [
            {
                "caption": "Woleýbol kubogy",
                "alt_text": (
                    "Tegelek agaç esasdaky, gapagynda kiçijik emal top bolan we bir tutawajyna "
                    "lenta daňlan inçe kümüş reňkli kubok."
                ),
            },
        ],
    },
    "AW-1986/1": {
        "title": "Işgär Danek Roussyň boks lowhasy",
        "summary": (
            "Orta agramda finalda ýeňiş gazanan Demirgazyk ýoluň 3-nji postunyň işgäri Danek "
            "Roussa gowşurylan, iki boksçynyň bürünç relýefli dub lowhasy."
        ),
        "images": [
            {
                "caption": "Boks lowhasy",
                "alt_text": (
                    "Galkan şekilli dub lowha; onda kiçijik oýma latun plastinkanyň üstünde "
                    "biri-birine garşy duran iki boksçynyň bürünç relýefi bar."
                ),
            },
        ],
    },
    "AW-1998/3": {
        "title": "Topar bolup pistoletden atmak boýunça kubok we diplom",
        "summary": (
            "Uly inspektor Elna Sarwikiň ýolbaşçylygyndaky gümrük toparynyň topar bolup "
            "pistoletden atmakda birinji orun üçin alan kubogy we diplomy."
        ),
        "description": (
            "Pawel Orriniň tüpeň medalyndan (1-nji witrina) altmyş iki ýyl soň gümrük atyjylary "
            "ýene-de hukuk goraýjy gulluklaryň iň gowusy boldular. 1998-nji ýylda derýa "
            "portundan **uly inspektor Elna Sarwikiň** ýolbaşçylygyndaky dört kişilik topar "
            "mümkin bolan 1 200 utukdan 1 142 utuk toplap, topar bolup pistoletden atmak "
            "ýaryşynda ýeňiş gazandy, bu bolsa çempionatyň rekordydy.\n\nKubok gara daş "
            "esasdaky, mat polatdan ýasalan häzirki zaman kubogy bolup, käsesinde nyşana "
            "oýulypdyr. Onuň bilen bilelikde çempionatyň eminler topary tarapyndan gol çekilen, "
            "ýanynda görkezilýän çap edilen **diplom** berlipdir, toparyň her agzasy bolsa "
            "kiçijik emal nyşan alypdyr; Sarwikiň nyşany diploma berkidilipdir.\n\nSoňra Sarwik "
            "on ýyllap Gullugyň atyjylyk toparynyň tälimçisi boldy. Muzeý ondan “gümrük "
            "sportuny jemleýän bir zady” saýlamagy haýyş edende, ol şu kubogy saýlady."
        ),
        "images": [
            {
                "caption": "Topar bolup pistoletden atmak boýunça kubok",
                "alt_text": (
                    "Ýalpyldawuk gara daş esasda duran, nyşana oýulan, mat polatdan ýasalan "
                    "häzirki zaman kubogy."
                ),
            },
            {
                "caption": "Ýanyndaky diplom",
                "alt_text": (
                    "Dört at, eminleriň goly we aşaky gyrasynyň golaýynda berkidilen kiçijik "
                    "emal nyşan bolan çap edilen diplom."
                ),
            },
        ],
    },
    "AW-2007/1": {
        "title": "Inspektor Mira Ostrandyň ýarym marafon medaly",
        "summary": (
            "Inspektor Mira Ostrandyň Hukuk goraýjy gulluklaryň oýunlarynda zenanlaryň arasynda "
            "ýarym marafonda gazanan altyn çaýylan medaly."
        ),
        "images": [
            {
                "caption": "Ýarym marafon medaly",
                "alt_text": (
                    "Giň çap edilen lentadan asylan, ylgaýjynyň kesilip ýasalan şekili bolan "
                    "uly altyn reňkli medal."
                ),
            },
        ],
    },
    "ENS-0001": {
        "title": "Gümrük işgäriniň iş stoly",
        "summary": (
            "1960–1970-nji ýyllaryň gümrük işgäriniň hasaba alyş bölümindäki dikeldilen iş "
            "stoly; ol her biri aýratyn hasaba alnan alty sany asyl zatdan düzülendir."
        ),
        "description": (
            "5-nji zalyň bu burçunda **1960–1970-nji ýyllaryň gümrük işgäriniň** iş stoly "
            "dikeldildi: ol gyşyň bir agşamynda Gündogar demir ýol geçelgesiniň hasaba alyş "
            "bölüminde şeýle görnüşde bolup biljekdi. Hiç bir işgäriň stoly bitin saklanyp "
            "galmandyr, şonuň üçin muzeý ony işgärleriň suratlaryna we pensiýadaky işgärleriň "
            "ýatlamalaryna daýanyp, asyl zatlardan düzdi.\n\nStoluň üstündäki her bir zat "
            "aýratyn eksponatdyr:\n\n- giň karetkaly **ýazuw maşyny**, walikde henizem soňky "
            "sahypasy dur;\n- 1970-nji ýylyň mart aýynyň sahypasynda açyk duran **hasaba alyş "
            "kitaby**;\n- “Barlandy – Goýberildi” rezin **möhri** we onuň syýa ýassyjygy;\n- "
            "şlagbauma göni liniýasy bolan gara **telefon**;\n- otagdaky ýeke-täk ýagtylyk "
            "bolan ýaşyl abažurly **stol çyrasy**;\n- eýesi ýaňy çykyp giden ýaly goýlan "
            "inspektor Wendriniň **forma kepkasy**.\n\nStoluň özi şol döwrüň üsti könelen deri "
            "bilen örtülen adaty dub edara stolydyr. Oturgyç, zibil sebedi we diwar senenamasy "
            "sergi üçin satyn alnan şol döwrüň zatlarydyr we olar aýratyn hasaba alynmaýar.\n\n"
            "Myhmanlar oturgyçda oturyp, telefon trubkasyny galdyryp bilerler: trubkadan "
            "pensiýadaky inspektoryň adaty gijeki nobatçylyk hakyndaky gürrüňi eşidilýär."
        ),
        "images": [
            {
                "caption": "Dikeldilen stol, ýokary çözgütli görnüş",
                "alt_text": (
                    "Ýaşyl abažurly çyra bilen ýagtylandyrylan dub edara stoly; onuň üstünde "
                    "ýazuw maşyny, açyk hasaba alyş kitaby, gara telefon, rezin möhür we gyrasy "
                    "uzyn kepka goýlupdyr."
                ),
            },
            {
                "caption": "Işgäriň oturgyjyndan görnüş",
                "alt_text": (
                    "Stoluň üsti boýunça ýazuw maşynyna we telefona tarap ýakyndan görnüş; öňde "
                    "açyk hasaba alyş kitaby we ruçka."
                ),
            },
        ],
    },
}

GALLERIES: dict[str, dict] = {
    "paper-trail": {
        "title": "Kagyz yzy",
        "introduction": (
            "Gümrük işi hemişe ýazga geçirilipdir. Serhetden geçen her bir çelek, Gulluga giren "
            "her bir işgär we her bir täze düzgün kagyzda yz galdyrypdyr, şol kagyzlaryň hem "
            "geň galdyrar ýaly köp bölegi hasaba alyş şkaflarynda, kitap gaplarynda we maşgala "
            "çekmelerinde saklanyp galypdyr.\n\nBu galereýa kagyz yzyny dag postuny "
            "esaslandyran **1924-nji ýylyň permanyndan** 1993-nji ýylda kompýuterde çap edilen "
            "ilkinji deklarasiýa çenli yzarlaýar. Ýolda siz ýäşiklerini ýalňyş sanan barža "
            "ussasy, tarifi ýatdan bilen dellal we bütin gulluk ýoly el aýasy ýaly kiçijik "
            "kitapça sygan inspektor bilen tanyşarsyňyz."
        ),
    },
    "faces-and-frontiers": {
        "title": "Ýüzler we serhetler",
        "introduction": (
            "Bu galereýadaky suratlary studiýa hünärmenleri, žurnal suratçylary we öz "
            "fotoapparatlary bolan işgärler düşüripdir. Olar bilelikde Gullugyň üç uly "
            "derwezesini (**derýa portuny**, **Demirgazyk ýoluň 3-nji postuny** we **Gündogar "
            "demir ýol geçelgesini**) we, iň esasy-da, şol ýerde işlän adamlary görkezýär.\n\n"
            "Biz derýa portunyň ýokarsyndan başlap, demir ýoluň ýanyndaky garly ýolda "
            "tamamlaýarys, ýolda bolsa resmi işgärler portretiniň, naharhanadaky çaý "
            "arakesmesiniň we dag postunyň soňky agşamynyň ýanyndan geçýäris."
        ),
    },
    "tools-of-the-trade": {
        "title": "Hünär gurallary",
        "introduction": (
            "Gümrük işgäri çekmeli, seretmeli, bellik etmeli we hasabat bermeli bolupdyr. Bu "
            "galereýadaky gurallar hut şu işi edipdir, olaryň köpüsi muny onlarça ýyllap "
            "edipdir: tutawajy ýalpyldap gidýänçä, bir işgärden beýlekisine geçipdir.\n\nTertip "
            "posty geçýän bir ýüküň ýoluny yzarlaýar: ol hasaba alynýar, möhürlenýär, çekilýär "
            "we ştamp basylýar, soňra uzakdan we ýakyndan barlanýar, ol barada habar bolsa "
            "radio arkaly, iň soňunda-da ýazuw maşyny arkaly ýetirilýär."
        ),
    },
    "on-the-podium": {
        "title": "Podiumda",
        "introduction": (
            "Segsen ýyl bäri gümrük işgärleri futbol meýdançalarynda we atyş meýdançalarynda, "
            "göreş zallarynda we küşt tagtasynyň başynda polisiýadan we beýleki hukuk goraýjy "
            "gulluklardan gelen kärdeşleri bilen güýç synanyşýarlar.\n\nBu galereýa köne bilen "
            "täzäni jübütleýär: 1936-njy ýylyň mergenini 1998-nji ýylyň rekord goýan pistolet "
            "topary bilen, 1950-nji ýyllaryň pälwanlaryny dag postundan bir boksçy bilen, "
            "1963-nji ýylyň estafeta ylgaýjylaryny 2007-nji ýylyň ýarym marafon çempiony bilen. "
            "Ol muzeýdäki **iň gadymy baýrak** bilen açylýar we bir oýunda-da utulman gazanylan "
            "asuda ýeňiş bilen tamamlanýar."
        ),
    },
    "the-night-shift": {
        "title": "Gijeki nobatçylyk",
        "introduction": (
            "1970-nji ýyllaryň başynda gyşyň bir agşamynda Gündogar demir ýol geçelgesiniň "
            "hasaba alyş bölümine giriň. Çyra ýanyp dur, hasaba alyş kitaby açyk, işgäriň "
            "kepkasy stoluň üstünde ýatyr: onuň eýesi ýaňy şlagbauma çykyp gitdi.\n\nBu "
            "galereýa **dikeldilen stoly** işgäriň olara el uzadyşynyň tertibinde zatma-zat "
            "görkezýär: ilki ýagtylyk, soňra hasaba alyş kitaby, ýazuw maşyny, ştamp we "
            "telefon. Ol bu stoluň üstünden müňläp geçen blanklaryň biri bilen tamamlanýar."
        ),
    },
}

TOURS: dict[str, dict] = {
    "a-walk-through-the-museum": {
        "title": "Muzeý boýunça gezelenç",
        "introduction": (
            "Bu gezelenç takmynan kyrk minut dowam edýär we dag postuny esaslandyran permandan "
            "gijeki nobatçylykdaky işgäriň stoluna çenli bäş zalyň hemmesine aýlanýar. Ýolda "
            "käbir adamlar bilen birnäçe gezek duşuşarsyňyz: **Pawel Orrine** we uly suw "
            "joşmasyndan öňki we soňky **derýa portuna** üns beriň.\n\nBu muzeýdäki ähli "
            "adamlar we ýerler görkezme maksady bilen oýlanyp tapyldy."
        ),
        "stops": [
            {
                "title": "Hemme zat şu ýerden başlandy",
                "narration": (
                    "Biz 1924-nji ýyla degişli maşynkada ýazylan iki sahypadan başlaýarys. Baş "
                    "direktor bu perman bilen demirgazyk dag ýolunda gümrük postuny döretdi we "
                    "oňa gerek bolan ähli zady, hatda peçdir gyş üçin ýangyja çenli sanap "
                    "geçdi. Bu sanawy ýadyňyzda saklaň: ondaky zatlaryň biri bize 3-nji zalda "
                    "garaşýar."
                ),
            },
            {
                "title": "Kiçijik kitapçadaky gulluk ýoly",
                "narration": (
                    "Bu kiçijik mata kitapça on iki ýyllap derýa portundan demir ýol "
                    "geçelgesine, soňra paýtagta çenli Pawel Orriniň yzyna eýerdi. Onda onuň "
                    "wezipe ýokarlanmalary, bir öwgi we bir gaty utandyryjy käýinç ýazylypdyr. "
                    "Onuň adyny ýatda saklaň: biz ony baýraklar zalynda ýene göreris."
                ),
            },
            {
                "title": "Kagyzdaky port",
                "narration": (
                    "Ine, derýa portunyň tutuş gümrük zolagy, elde çyzylyp, akwarel bilen "
                    "reňklenipdir. Aşaky kenarýakadaky 3-nji belgini tapyň: bu köne gümrük "
                    "ammary. Bu karta onuň saklanyp galan ýeke-täk meýilnamasy, näme üçindigini "
                    "bolsa birazdan görersiňiz."
                ),
            },
            {
                "title": "Galla elewatoryndan görnüş",
                "narration": (
                    "Indi şol bir porty ýokardan, biri-birine birikdirilen dört suratda "
                    "görýäris. Kenarýakalary çepden saga yzarlaň, gümrükhanany, kranlary we iň "
                    "çetde kartadan tapan ammaryňyzyň uzyn üçegini taparsyňyz."
                ),
            },
            {
                "title": "Suw joşmasyndan öň",
                "narration": (
                    "Bu ammaryň özi, bizde bar bolan ýeke-täk ýakyndan düşürilen suratda. Onuň "
                    "haçan düşürilendigini hiç kim bilenok; arka tarapynda diňe “suw "
                    "joşmasyndan öň” diýip ýazylypdyr, biz hem ony şoňa görä seneleýäris. "
                    "1971-nji ýylyň maýynda derýa kenarýakadan aşdy we bina mundan beýläk hiç "
                    "haçan açylmady."
                ),
            },
            {
                "title": "Permandaky möhür basyjy",
                "narration": (
                    "1924-nji ýylyň permanyndaky sanawy ýadyňyzdamy? Bu çoýun möhür basyjy, "
                    "hökman diýen ýaly, demirgazyk ýol postuna iberilen şol enjamdyr. Kyrk "
                    "ýyllap ol haltalaryň, ýäşikleriň we wagon gapylarynyň gurşun möhürlerini "
                    "gysyp berkidipdir, post bolsa ony yzyna ibermeli wagtyndan has uzak "
                    "saklapdyr."
                ),
            },
            {
                "title": "Şlagbauma jaň",
                "narration": (
                    "Bu radiostansiýa bilen daglardaky patrullar ahyry posta pyýada gaýdyp "
                    "gelmegiň ýerine onuň bilen gürleşip bildiler. Gapagyň içindäki çagyryş "
                    "atlaryna serediň: post ŞLAGBAUM (BARRIER), patrullar SILOWSIN (LYNX), "
                    "okrug edarasy bolsa, mähir bilen, EJE (MOTHER) diýlip atlandyrylypdyr."
                ),
            },
            {
                "title": "Ýaş mergen",
                "narration": (
                    "Ine, ýene Pawel Orrin. Gulluga girenine bary-ýogy alty aý bolanda, ol "
                    "beýleki ähli gulluklardan gelen bäsdeşlerini yzda galdyryp, tüpeňden atmak "
                    "boýunça bu kümüş medaly gazandy. Onuň maşgalasy medaly we gulluk "
                    "kitapçasyny muzeýe bile sowgat etdi."
                ),
            },
            {
                "title": "Yzly-yzyna üç gezek",
                "narration": (
                    "Bu muzeýdäki iň uly baýrak. Geçiji kubogy diňe ony yzly-yzyna üç ýyl ýeňen "
                    "topar özünde galdyryp bilýärdi, gümrük pälwanlary hem 1953-nji we 1955-nji "
                    "ýyllaryň aralygynda hut şeýle etdiler. Gapagyndaky kiçijik çöküklige "
                    "serediň: ol derýa portundaky baýramçylykdan galypdyr diýilýär."
                ),
            },
            {
                "title": "Işgäriň stoly",
                "narration": (
                    "Biz gezelenji takmynan 1970-nji ýylda Gündogar demir ýol geçelgesiniň "
                    "hasaba alyş bölüminde tamamlaýarys. Çyra ýanyp dur, hasaba alyş kitaby "
                    "açyk, kepka bolsa stoluň üstünde, işgär ýaňy şlagbauma çykyp giden ýaly. "
                    "Oturyň, telefon trubkasyny galdyryň we pensiýadaky inspektor size gijeki "
                    "nobatçylyk hakda gürrüň bersin."
                ),
            },
        ],
    },
}
