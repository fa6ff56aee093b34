"""Demo collection of the ``museum`` app: a fictional State Customs Service museum.

SAMPLE CONTENT ONLY. The State Customs Service, its posts (Northern Road Post No. 3,
Eastern Rail Crossing, the river port, the capital's central customs house) and every person
named below are invented for demonstration. Nothing here describes a real country, service,
place or person.

Pure data: exhibits, galleries and a guided tour. Descriptions and introductions are Markdown.
"""

from typing import Any

Exhibit = dict[str, Any]
Gallery = dict[str, Any]
Tour = dict[str, Any]

EXHIBITS: list[Exhibit] = [
    {
        "accession_number": "DOC-1924/01",
        "kind": "document",
        "title": "Decree establishing Northern Road Post No. 3",
        "summary": (
            "The founding decree, signed by the Director General of the State Customs Service, "
            "that created a permanent customs post on the northern mountain road."
        ),
        "description": (
            "On **3 March 1924** the Director General of the State Customs Service signed this "
            'two-page decree, ordering a permanent customs post to be opened "at the ninth '
            'milestone of the northern road, where the valley narrows". Until then, goods '
            "crossing the pass had been checked by a mobile patrol that came up only twice a week. "
            "Traders knew the timetable, and so did smugglers.\n\n"
            "The decree is remarkably practical. Besides naming the post and fixing its staff at "
            "one senior inspector, two inspectors and a guard, it lists the equipment to be sent "
            "up from the capital: a barrier pole, a set of platform scales, a seal press, a lamp, "
            'and "one stove and fuel for the winter". The seal press on that list very probably '
            "survives, and is displayed in Hall 3.\n\n"
            "The sheet carries the embossed seal of the Service and a pencilled note in the "
            'margin, probably by a registry clerk: *"copy sent to the northern district, '
            '5.III"*. A fold line runs down the middle of both pages, a reminder that the decree '
            "travelled to the post in a dispatch bag before being returned to the central archive."
        ),
        "date": "3 March 1924",
        "place": "The capital's central customs house",
        "materials": "Typescript and ink on paper, embossed seal",
        "dimensions": "33 × 21 cm (each sheet)",
        "provenance": (
            "Kept in the registry of the capital's central customs house; transferred to the "
            "museum with the historical archive in 1987."
        ),
        "credit_line": "Transferred from the archive of the capital's central customs house, 1987",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 1",
        "tags": ["decree", "northern road post", "founding", "seal"],
        "featured": True,
        "fields": {
            "document_type": "decree",
            "language": "English",
            "issuer": "Director General of the State Customs Service",
            "pages": 2,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "Office of the Director General\n"
                "DECREE No. 14\n"
                "Capital, 3 March 1924\n"
                "On the establishment of a permanent customs post on the northern road\n"
                "1. A permanent customs post shall be opened at the ninth milestone of the "
                "northern road, where the valley narrows, and shall be named Northern Road Post "
                "No. 3.\n"
                "2. The post shall be staffed by one senior inspector, two inspectors and one "
                "guard, and shall be kept open from sunrise to sunset in all seasons.\n"
                "3. The central customs house shall dispatch to the post without delay: one "
                "barrier pole, one set of platform scales, one seal press with dies, one lamp, one "
                "stove and fuel for the winter.\n"
                "4. All goods passing the post shall be declared, weighed and, where required, "
                "sealed.\n"
                "5. This decree comes into force on the day of its signing.\n"
                "Director General A. Dremmel\n"
                "(pencil, in the margin: copy sent to the northern district, 5.III)"
            ),
        },
        "images": [
            {
                "motif": "decree",
                "caption": "First page of Decree No. 14",
                "alt_text": (
                    "A typed page headed 'Decree No. 14' with numbered paragraphs and a round "
                    "embossed seal in the upper corner."
                ),
                "size": [1600, 2200],
            },
            {
                "motif": "decree",
                "caption": "Second page, with the Director General's signature",
                "alt_text": (
                    "The lower half of a typed page with a looping ink signature and a faint "
                    "pencil note in the margin."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "DOC-1928/07",
        "kind": "document",
        "title": "Cargo declaration of the river barge Lark",
        "summary": (
            "A hand-filled cargo declaration for a barge carrying timber, salt and enamelled "
            "kitchenware into the river port, corrected by the inspector who found six undeclared "
            "cases."
        ),
        "description": (
            "River traffic carried most of the region's goods in the 1920s, and every barge that "
            "tied up at the river port had to hand in a declaration like this one before a single "
            "crate was unloaded. The barge **Lark**, under its master Hannes Brod, declared three "
            "kinds of cargo: sawn timber, coarse salt in sacks and forty cases of enamelled "
            "kitchenware.\n\n"
            "The form is a printed sheet filled in by hand in two inks. The master's entries are "
            "in brown-black iron-gall ink; the inspector's corrections are in violet. The "
            "inspector counted **six more cases** of kitchenware than declared, and the corrected "
            'figure, together with a fine of "two rates of duty on the surplus", is written '
            "across the bottom of the sheet.\n\n"
            "Declarations of this period rarely survive: once the duty had been paid they were "
            "bundled, kept for five years and then pulped. This one was found folded inside the "
            "cover of a ledger when the river port archive was moved in 1987. Its date line is "
            "torn away, so the year has been estimated from the printer's mark in the corner."
        ),
        "date": "ca. 1928",
        "place": "The river port",
        "materials": "Printed form completed in iron-gall and violet aniline ink",
        "dimensions": "34 × 22 cm",
        "provenance": (
            "Found folded inside a ledger cover during the transfer of the river port archive in "
            "1987."
        ),
        "credit_line": "Transferred from the archive of the river port customs office, 1987",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 1",
        "tags": ["declaration", "river port", "cargo", "paperwork"],
        "fields": {
            "document_type": "cargo declaration",
            "language": "English",
            "issuer": "Customs office of the river port",
            "pages": 1,
            "transcription": (
                "CUSTOMS OFFICE OF THE RIVER PORT\n"
                "DECLARATION OF CARGO ARRIVING BY WATER\n"
                'Vessel: barge "Lark"   Master: Hannes Brod\n'
                "Place of loading: upper landing stages\n"
                "Cargo declared:\n"
                "- Sawn timber, pine, 14 cubic fathoms\n"
                "- Salt, coarse, in sacks, 120 sacks\n"
                "- Enamelled kitchenware, in wooden cases, 40 cases\n"
                "I declare that the above is a true and complete account of the cargo on board.\n"
                "Signed: H. Brod, master\n"
                "For official use:\n"
                "On inspection found 46 cases of enamelled kitchenware, not 40. Surplus of 6 cases "
                "charged at two rates of duty. Timber and salt as declared.\n"
                "Inspector, river port: (illegible)\n"
                "Duty and fine paid in full. Cargo released."
            ),
        },
        "images": [
            {
                "motif": "declaration",
                "caption": "The declaration, with the inspector's violet corrections",
                "alt_text": (
                    "A printed form filled in with dark handwriting, with a line of violet ink "
                    "crossing out the number 40 and writing 46 beside it."
                ),
                "size": [1600, 2150],
            },
        ],
    },
    {
        "accession_number": "DOC-1936/04",
        "kind": "document",
        "title": "Service book of Inspector Pavel Orrin",
        "summary": (
            "The personal service book of Pavel Orrin, recording twelve years of postings, "
            "promotions, commendations and one memorable reprimand."
        ),
        "description": (
            "Every officer of the State Customs Service carried a service book: a small "
            "cloth-bound booklet that followed its owner from post to post and was updated by each "
            "new head of personnel. This one belonged to **Pavel Orrin**, who joined the Service "
            "as a junior inspector in 1936 and left it as a chief inspector in 1948.\n\n"
            "Its pages read like a short biography. Orrin began at the river port, spent several "
            "winters at Eastern Rail Crossing and ended his career at the capital's central "
            "customs house. Among the entries are:\n\n"
            '- a transfer to Eastern Rail Crossing "at his own request";\n'
            "- a commendation for finding a concealed compartment in a grain wagon;\n"
            '- a reprimand for "leaving the barrier unattended for eleven minutes";\n'
            "- a promotion to chief inspector, with a new photograph glued in.\n\n"
            "Orrin was also a fine marksman: the shooting medal he won in his first year of "
            "service is displayed in the awards hall (Hall 4, Case 1). His family gave the book "
            "and the medal to the museum together, and visitors enjoy following his career from "
            "one hall to the next."
        ),
        "date": "1936-1948",
        "place": "Various posts of the State Customs Service",
        "materials": (
            "Cloth-bound booklet, printed pages completed in ink, gelatin silver photograph"
        ),
        "dimensions": "15 × 10.5 cm",
        "provenance": "Kept by the Orrin family until donated to the museum in 1998.",
        "credit_line": "Gift of the Orrin family, 1998",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 2",
        "tags": ["personnel", "staff", "eastern rail crossing", "river port"],
        "fields": {
            "document_type": "service book",
            "language": "English",
            "issuer": "Personnel department, State Customs Service",
            "pages": 32,
            "transcription": (
                "SERVICE BOOK No. 2207\n"
                "Surname: Orrin   Given name: Pavel\n"
                "Date of entry into the Service: 1 April 1936\n"
                "Rank on entry: junior inspector\n"
                "Postings:\n"
                "1 April 1936 - customs office of the river port\n"
                "15 October 1938 - Eastern Rail Crossing, at his own request\n"
                "2 March 1942 - the capital's central customs house, registry and inspection\n"
                "Commendations:\n"
                "For vigilance in the discovery of a concealed compartment in grain wagon No. "
                "4471, Eastern Rail Crossing.\n"
                "Penalties:\n"
                "Reprimand for leaving the barrier unattended for eleven minutes. Entered 9 "
                "January 1940.\n"
                "Promotions:\n"
                "Inspector, 1938. Senior inspector, 1942. Chief inspector, 1946.\n"
                "Released from the Service at his own request, 30 June 1948.\n"
                "Head of personnel: M. Ferrand"
            ),
        },
        "images": [
            {
                "motif": "service_book",
                "caption": "Cover of the service book",
                "alt_text": (
                    "A small dark blue cloth booklet with a worn printed emblem and the number "
                    "2207 on the front."
                ),
                "size": [1600, 2200],
            },
            {
                "motif": "service_book",
                "caption": "The pages listing Orrin's postings",
                "alt_text": (
                    "An open booklet with ruled columns of handwritten dates and places, and a "
                    "small violet stamp at the foot of each entry."
                ),
                "size": [2200, 1600],
            },
        ],
    },
    {
        "accession_number": "KP-1939/02",
        "kind": "document",
        "title": "Letter from Eastern Rail Crossing about the snowbound train",
        "summary": (
            "A senior inspector's report to the capital on a goods train stranded by snow, and on "
            "the seals his officers checked by lantern light in the drifts."
        ),
        "description": (
            "In February 1939 heavy snow closed the line east of the crossing for four days. A "
            "goods train of twenty-two wagons was stranded a few hundred paces short of the "
            "customs platform, and its crew, cargo and paperwork waited in the drifts. This "
            "letter, written by the senior inspector of **Eastern Rail Crossing**, reports to the "
            "capital how the small post coped.\n\n"
            "Rather than leave the wagons unchecked, two inspectors walked out along the line each "
            "morning with lanterns, checked every seal and re-sealed two wagons whose seals had "
            "been broken by ice. One of them was the young Pavel Orrin, whose service book is "
            "displayed in the same case. The letter ends with a polite but firm request for felt "
            'boots, a second stove and "a sledge suitable for carrying the scales".\n\n'
            "The reply has not survived, but the violet received-stamp of the central customs "
            "house shows that the letter arrived six days later and was passed to the supply "
            "section. A photograph of the crossing's barrier under snow, taken some years "
            "afterwards, hangs in Hall 2."
        ),
        "date": "February 1939",
        "place": "Eastern Rail Crossing",
        "materials": "Ink on lined paper, received-stamp in violet ink",
        "dimensions": "29 × 20.5 cm",
        "provenance": (
            "Correspondence files of the inspection section of the capital's central customs "
            "house; part of the museum's core collection."
        ),
        "credit_line": "Museum core collection",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 2",
        "tags": ["letter", "eastern rail crossing", "railway", "seal", "winter"],
        "fields": {
            "document_type": "letter",
            "language": "English",
            "issuer": "Senior inspector, Eastern Rail Crossing",
            "pages": 2,
            "transcription": (
                "To the Head of the Inspection Section, central customs house\n"
                "From the senior inspector, Eastern Rail Crossing\n"
                "Eastern Rail Crossing, 14 February 1939\n"
                "Sir,\n"
                "I have the honour to report that since 10 February the line east of the crossing "
                "has been closed by snow. Goods train No. 37, of twenty-two wagons, has stood "
                "since that day some four hundred paces short of the customs platform.\n"
                "So that the train should not remain uncontrolled, inspectors Orrin and Vask have "
                "gone out along the line each morning with lanterns and checked the seals of all "
                "wagons. The seals of wagons 9 and 15 were found broken by ice; the wagons were "
                "inspected, the cargo was found to agree with the waybills, and new seals were "
                "applied.\n"
                "I respectfully request for the post: six pairs of felt boots, a second stove for "
                "the inspection room and a sledge suitable for carrying the scales.\n"
                "I remain, Sir, your obedient servant,\n"
                "R. Ostermark, senior inspector"
            ),
        },
        "images": [
            {
                "motif": "letter",
                "caption": "First page of the report",
                "alt_text": (
                    "A handwritten letter on lined paper, slightly creased, with a round violet "
                    "received-stamp in the top right corner."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "DOC-1947/11",
        "kind": "document",
        "title": "Customs broker's certificate of Edda Lorn",
        "summary": (
            "A certificate entering Edda Lorn in the register of customs brokers, allowing her to "
            "prepare declarations for merchants at the river port."
        ),
        "description": (
            "Merchants did not always fill in their own declarations. From the 1930s the State "
            "Customs Service licensed **customs brokers**: specialists who knew the tariff almost "
            "by heart and prepared paperwork for a fee. This certificate, issued in 1947, admitted "
            "Edda Lorn to the register of brokers after a written and an oral examination.\n\n"
            "The certificate is printed on heavy watermarked paper inside a fine engraved border, "
            'designed to make forgery difficult. It records her examination results ("tariff: '
            'excellent; classification of commodities: good; regulations: good") and limits her '
            "licence to goods arriving by water.\n\n"
            "Edda Lorn kept an office beside the gates of the river port for almost thirty years, "
            "and the certificate hung framed above her desk; a paler rectangle on the paper shows "
            "where the mount covered its edges. Her firm outlived her: the name **E. Lorn & Son** "
            "appears as the declarant on the first computer-printed declaration of the river port, "
            "forty-six years later (Case 4)."
        ),
        "date": "1947",
        "place": "The capital's central customs house",
        "materials": "Printed certificate on watermarked paper, ink signatures, embossed seal",
        "dimensions": "30 × 42 cm",
        "provenance": (
            "Framed in the broker's office at the river port; later in a private collection, from "
            "which it was bought in 2003."
        ),
        "credit_line": "Museum purchase, 2003",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 3",
        "tags": ["certificate", "river port", "declaration", "personnel"],
        "fields": {
            "document_type": "certificate",
            "language": "English",
            "issuer": "Examination Board of the State Customs Service",
            "pages": 1,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "CERTIFICATE OF A CUSTOMS BROKER\n"
                "No. 118\n"
                "This is to certify that Edda Lorn, having passed the examination of the Board on "
                "20 and 21 October 1947 with the following results:\n"
                "Customs tariff - excellent\n"
                "Classification of commodities - good\n"
                "Customs regulations and procedure - good\n"
                "is entered in the register of customs brokers and is authorised to prepare and "
                "submit declarations on behalf of third parties at the customs office of the river "
                "port, for goods arriving by water.\n"
                "This certificate is personal and may not be transferred. It shall be shown at the "
                "request of any customs officer.\n"
                "Chairman of the Examination Board: S. Marrow\n"
                "Secretary: L. Quist\n"
                "Capital, 3 November 1947"
            ),
        },
        "images": [
            {
                "motif": "certificate",
                "caption": "The broker's certificate",
                "alt_text": (
                    "A landscape certificate with an ornate engraved border, a printed heading, "
                    "handwritten entries and an embossed seal beside two signatures."
                ),
                "size": [2200, 1600],
            },
        ],
    },
    {
        "accession_number": "MAP-1952/01",
        "kind": "document",
        "title": "Map of the customs zone of the river port",
        "summary": (
            "A hand-coloured survey plan of the customs zone of the river port, showing its quays, "
            "cranes, bonded warehouses and inspection points."
        ),
        "description": (
            "This large sheet was drawn by the survey office of the State Customs Service to show "
            "exactly where the customs zone of **the river port** began and ended. The boundary is "
            "drawn in red; inside it every quay, crane, bonded warehouse and inspection shed is "
            "numbered and explained in the key.\n\n"
            "The map was a working tool, not a presentation piece. Pencil additions show a planned "
            "fuel jetty and the move of the inspection shed from Quay 2 to Quay 4, and a blue line "
            'marks the "highest water of the spring floods". It is the only surviving plan that '
            "shows the **old bonded warehouse** on the lower quay, which was lost in the flood of "
            "1971; its photograph hangs in Hall 2.\n\n"
            "The map was undated when it reached the museum. Curators place it in the 1950s from "
            "the buildings it shows and from the emblem in the legend. The high-resolution scan "
            "lets visitors zoom in on the smallest warehouse number, and it pairs well with the "
            "panorama of the port taken from the grain elevator."
        ),
        "date": "1950s",
        "place": "The river port",
        "materials": "Ink and watercolour on linen-backed paper, pencil additions",
        "dimensions": "68 × 96 cm",
        "provenance": (
            "From the drawing cabinet of the river port customs office; transferred in 1987."
        ),
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 5",
        "tags": ["river port", "cargo", "warehouse", "flood of 1971"],
        "featured": True,
        "fields": {
            "document_type": "map",
            "language": "English",
            "issuer": "Survey office of the State Customs Service",
            "pages": 1,
            "transcription": (
                "STATE CUSTOMS SERVICE - SURVEY OFFICE\n"
                "PLAN OF THE CUSTOMS ZONE OF THE RIVER PORT\n"
                "Scale 1 : 2000\n"
                "Key:\n"
                "Red line - boundary of the customs zone\n"
                "1 - Customs house of the river port\n"
                "2 - Inspection shed, Quay 2 (pencil: moved to Quay 4)\n"
                "3 - Bonded warehouse, lower quay\n"
                "4 - Bonded warehouse, upper quay\n"
                "5 - Platform scales\n"
                "6 - Crane No. 1 and Crane No. 2\n"
                "7 - Guard booth at the port gates\n"
                "8 - Landing stages for passenger steamers\n"
                "Blue line - highest water of the spring floods\n"
                "(pencil) Fuel jetty planned, see file 52/7\n"
                "Drawn by T. Annick. Checked by the chief surveyor."
            ),
        },
        "images": [
            {
                "motif": "map",
                "caption": "The full map, high-resolution scan",
                "alt_text": (
                    "A large hand-coloured plan of a river port with quays and numbered buildings, "
                    "a red boundary line and a wavy blue flood line near the water."
                ),
                "size": [4800, 3400],
            },
            {
                "motif": "map",
                "caption": "Detail of the key",
                "alt_text": (
                    "A close view of a neatly lettered map key listing numbered buildings, with "
                    "small pencil notes added beside two lines."
                ),
                "size": [1800, 1300],
            },
        ],
    },
    {
        "accession_number": "DOC-1962/05",
        "kind": "document",
        "title": "Circular on the sealing of railway wagons",
        "summary": (
            "A circular from the central customs house replacing plain lead seals on railway "
            "wagons with numbered seals recorded at both ends of the journey."
        ),
        "description": (
            "For almost forty years customs officers had closed wagon doors with plain lead seals "
            "squeezed shut in a seal press. By the 1960s that was no longer enough: a plain seal "
            "could be cut and replaced by anyone who had got hold of a die. The circular of **12 "
            "May 1962** introduced seals bearing a unique number, recorded in a register at the "
            "post of departure and checked again on arrival.\n\n"
            "The text is practical and detailed. It tells inspectors how to thread the wire "
            "through the door hasps, where to write the number, and exactly what to do if a number "
            "does not match: detain the wagon, inform the senior inspector, and do not open the "
            "doors until two officers are present.\n\n"
            "The copy shown was issued to Eastern Rail Crossing and bears the signatures of the "
            "six officers who read it, each with the date. The older lever seal press in Hall 3 "
            "belongs to the system this circular replaced, and the numbered seals it introduced "
            "can be seen in the ledger on the officer's desk in Hall 5."
        ),
        "date": "12 May 1962",
        "place": "The capital's central customs house",
        "materials": "Carbon-copy typescript on thin paper, ink signatures",
        "dimensions": "29.7 × 21 cm",
        "provenance": "Post files of Eastern Rail Crossing; transferred to the museum in 1988.",
        "credit_line": "Transferred from Eastern Rail Crossing, 1988",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 3",
        "tags": ["decree", "seal", "railway", "eastern rail crossing"],
        "fields": {
            "document_type": "circular",
            "language": "English",
            "issuer": "Inspection Section, the capital's central customs house",
            "pages": 3,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "Central customs house - Inspection Section\n"
                "CIRCULAR No. 22/62\n"
                "12 May 1962\n"
                "On the sealing of railway wagons\n"
                "From 1 July 1962 all railway wagons under customs control shall be sealed only "
                "with numbered seals of the new pattern.\n"
                "1. The seal wire shall be passed twice through the hasps of each door and closed "
                "with the seal so that the number is clearly visible.\n"
                "2. The number of every seal shall be entered in the waybill and in the register "
                "of the post.\n"
                "3. On arrival the inspector shall compare each seal number with the waybill. If a "
                "number does not agree, the wagon shall be detained, the senior inspector "
                "informed, and the doors shall not be opened except in the presence of two "
                "officers.\n"
                "4. Plain lead seals and seal presses shall be returned to the central customs "
                "house.\n"
                "Head of the Inspection Section: V. Carrow\n"
                "Read and understood: (six signatures with dates)"
            ),
        },
        "images": [
            {
                "motif": "decree",
                "caption": "First page of Circular No. 22/62",
                "alt_text": (
                    "A faint carbon-copy typescript page with a numbered list of rules and a "
                    "heading in capital letters."
                ),
                "size": [1600, 2200],
            },
            {
                "motif": "decree",
                "caption": "Last page, signed by six officers",
                "alt_text": (
                    "The bottom of a typed page covered with six handwritten signatures and dates "
                    "in different inks."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "ГТС-0012",
        "kind": "document",
        "title": "Blank passenger declaration form",
        "summary": (
            "An unused passenger declaration of the 1960s, of the kind handed out to travellers on "
            "trains approaching Eastern Rail Crossing."
        ),
        "description": (
            "Travellers rarely kept their declarations, so most surviving examples of this "
            "once-familiar form are **unused stock**, left over when a new design came in. This "
            "one was printed for Eastern Rail Crossing, where inspectors walked through the "
            "carriages handing out forms while the train was still a few minutes from the "
            "platform.\n\n"
            "The questions are simple and a little stern. The traveller had to list currency, "
            'jewellery, cameras, "musical instruments and other articles of value", and to '
            "answer yes or no about weapons, drugs, plants, seeds and animals. At the bottom, a "
            "box headed *For customs use* left room for the inspector's stamp, of the kind now "
            "lying on the officer's desk in Hall 5.\n\n"
            "The form is printed on thin, slightly yellowed paper to save cost: a stack of several "
            "hundred weighed little and fitted easily into an inspector's satchel."
        ),
        "date": "1960s",
        "place": "Eastern Rail Crossing",
        "materials": "Offset print on thin paper",
        "dimensions": "21 × 14.8 cm",
        "provenance": (
            "Part of a bundle of unused forms found in a cupboard at Eastern Rail Crossing during "
            "the move to the new terminal in 1975."
        ),
        "credit_line": "Transferred from Eastern Rail Crossing, 1988",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 4",
        "tags": ["declaration", "travellers", "eastern rail crossing", "paperwork"],
        "fields": {
            "document_type": "passenger declaration (blank form)",
            "language": "English",
            "issuer": "State Customs Service, printing section",
            "pages": 2,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "PASSENGER DECLARATION\n"
                "To be completed by every passenger over sixteen years of age\n"
                "Surname and given names: ..........\n"
                "Travelling from: .......... to: ..........\n"
                "Number of pieces of luggage: ..........\n"
                "1. Currency and securities (state the amount): ..........\n"
                "2. Articles of gold, silver and precious stones: ..........\n"
                "3. Cameras, radio sets, musical instruments and other articles of value: "
                "..........\n"
                "4. Do you carry weapons or ammunition? yes / no\n"
                "5. Do you carry drugs, plants, seeds or animals? yes / no\n"
                "I am aware that a false declaration is punishable by law.\n"
                "Signature of the passenger: ..........\n"
                "For customs use: ..........\n"
                "Form 7-P. Keep this declaration until the end of your journey."
            ),
        },
        "images": [
            {
                "motif": "declaration",
                "caption": "Front of the unused form",
                "alt_text": (
                    "A small yellowed printed form with numbered questions, dotted lines for "
                    "answers and an empty box at the bottom."
                ),
                "size": [1500, 2100],
            },
        ],
    },
    {
        "accession_number": "DOC-1971/05",
        "kind": "document",
        "title": "Letter of thanks after the flood at the river port",
        "summary": (
            "The Director General's letter thanking the staff of the river port, who saved cargo, "
            "registers and records during the great flood of May 1971."
        ),
        "description": (
            "In May 1971 the river rose higher than anyone at the port could remember. Water came "
            "over the lower quay in a single night, and by morning the **old bonded warehouse** "
            "stood in a metre of muddy water. For three days the staff of the river port customs "
            "office moved sealed cargo, registers and the office safe up to the higher quay.\n\n"
            "This letter from the Director General thanks them, several by name. It was read aloud "
            "at a staff meeting and then pinned to the office notice board, as the four rusty "
            "pinholes in its corners show. Among those named are the inspectors who, according to "
            "port legend, rowed a boat through the warehouse doors to rescue the register of "
            "bonded goods.\n\n"
            "The flood is a turning point in the museum's story. The old warehouse never reopened, "
            'and the only photograph of it that survives is dated simply "before the flood of the '
            'river port" (Hall 2, Case 4).'
        ),
        "date": "May 1971",
        "place": "The capital's central customs house",
        "materials": "Typescript on letterhead paper, ink signature",
        "dimensions": "29.7 × 21 cm",
        "provenance": (
            "Taken down from the notice board of the river port customs office and kept by a "
            "member of staff; donated in 2001."
        ),
        "credit_line": "Gift of a former clerk of the river port customs office, 2001",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 6",
        "tags": ["letter", "river port", "flood of 1971", "staff", "warehouse"],
        "fields": {
            "document_type": "letter",
            "language": "English",
            "issuer": "Director General of the State Customs Service",
            "pages": 1,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "The Director General\n"
                "Capital, 24 May 1971\n"
                "To the staff of the customs office of the river port\n"
                "Dear colleagues,\n"
                "During the flood of this month you acted with a courage and good sense that do "
                "honour to the whole Service. Thanks to your efforts all cargo under customs "
                "control was moved to safety, no register was lost, and the work of the port was "
                "resumed within a week.\n"
                "I wish to thank in particular senior inspector N. Brask and inspectors A. Corwin "
                "and J. Tamm, who entered the flooded bonded warehouse by boat and recovered the "
                "register of bonded goods, and clerk O. Linde, who kept the office records in "
                "order throughout.\n"
                "A copy of this letter shall be placed in the personal file of each member of "
                "staff.\n"
                "With gratitude,\n"
                "Director General"
            ),
        },
        "images": [
            {
                "motif": "letter",
                "caption": "The letter, with pinholes from the notice board",
                "alt_text": (
                    "A typed letter on headed paper with a signature, slightly browned at the "
                    "edges and pierced by a small rusty hole in each corner."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "KP-1975/12",
        "kind": "document",
        "title": "Order on the opening of the new terminal at Eastern Rail Crossing",
        "summary": (
            "The order that moved customs control at Eastern Rail Crossing from a wooden shed by "
            "the track into a purpose-built terminal."
        ),
        "description": (
            "For half a century inspections at Eastern Rail Crossing took place in a wooden shed "
            "beside the track, heated by two iron stoves. This order of 1975 announced the opening "
            "of a **new terminal**, with a covered inspection hall long enough for six wagons, a "
            "passenger hall with twelve inspection counters, kennels for service dogs and, for the "
            "first time, a canteen for staff.\n\n"
            "The order also plans the move itself with great precision: which registers travel in "
            "which van, who holds the keys to the old shed until it is demolished, and which "
            'furniture may be written off. One line instructs that "furniture and equipment of '
            'historical interest" be sent to the central customs house instead. It is one of the '
            "earliest signs of the collecting that, twelve years later, became this museum; the "
            "typewriter on the officer's desk in Hall 5 arrived this way.\n\n"
            "The prefix **KP** marks items of the museum's core collection, registered when the "
            "museum opened in 1987."
        ),
        "date": "1975",
        "place": "The capital's central customs house",
        "materials": "Typescript on paper, ink signature, round stamp",
        "dimensions": "29.7 × 21 cm",
        "provenance": (
            "Order files of the Director General's office; part of the museum's core collection."
        ),
        "credit_line": "Museum core collection",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 6",
        "tags": ["decree", "eastern rail crossing", "railway", "founding", "service dogs"],
        "fields": {
            "document_type": "order",
            "language": "English",
            "issuer": "Director General of the State Customs Service",
            "pages": 2,
            "transcription": (
                "STATE CUSTOMS SERVICE\n"
                "ORDER No. 61\n"
                "Capital, 17 November 1975\n"
                "On the opening of the new terminal at Eastern Rail Crossing\n"
                "1. The new customs terminal at Eastern Rail Crossing shall be taken into use on 1 "
                "December 1975.\n"
                "2. From that date all inspection of goods trains shall take place in the covered "
                "inspection hall, and all inspection of passengers in the passenger hall.\n"
                "3. The registers, seals and stamps of the post shall be moved to the new terminal "
                "on 30 November under the personal responsibility of the senior inspector.\n"
                "4. The wooden inspection shed shall be closed and its keys handed to the district "
                "office pending demolition.\n"
                "5. Furniture and equipment of historical interest shall not be written off but "
                "sent to the central customs house.\n"
                "6. The service dogs of the post shall be housed in the new kennels from the day "
                "of opening.\n"
                "Director General"
            ),
        },
        "images": [
            {
                "motif": "decree",
                "caption": "First page of Order No. 61",
                "alt_text": (
                    "A typed official order with a bold heading, six numbered paragraphs and a "
                    "round stamp partly covering the signature."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "DOC-1993/02",
        "kind": "document",
        "title": "First computer-printed cargo declaration of the river port",
        "summary": (
            "The first cargo declaration to come off the river port's new dot-matrix printer, "
            "signed on the back by the whole shift as a souvenir."
        ),
        "description": (
            "In 1993 the customs office of the river port received its first computer terminals "
            "and a loud dot-matrix printer. This declaration, for a consignment of bicycle parts "
            'arriving by motor vessel, was the first to be printed "for real", and the inspector '
            "on duty had everyone on the shift sign the back of it.\n\n"
            "Placed beside the handwritten declaration of the barge *Lark* (Case 1), it shows how "
            "much, and how little, changed in sixty-five years. The questions are nearly the same: "
            "who sends the goods, what they are, how much they weigh. But the goods are now "
            "identified by a **numeric tariff code**, and the duty is calculated by the machine "
            "instead of by the inspector. The declarant is the brokerage founded by Edda Lorn, "
            "whose certificate hangs in Case 3.\n\n"
            "The perforated strips along both edges are still attached. Among the signatures on "
            'the back is a cheerful little drawing of a barge with the words *"Goodbye, ink!"*.'
        ),
        "date": "1993",
        "place": "The river port",
        "materials": "Dot-matrix print on continuous stationery, ink signatures on the reverse",
        "dimensions": "30.5 × 24 cm",
        "provenance": (
            "Kept by the inspector on duty and given to the museum when he retired in 2009."
        ),
        "credit_line": "Gift of a retired inspector of the river port, 2009",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 1",
        "location_case": "Case 4",
        "tags": ["declaration", "river port", "cargo", "paperwork"],
        "fields": {
            "document_type": "cargo declaration",
            "language": "English",
            "issuer": "Customs office of the river port",
            "pages": 1,
            "transcription": (
                "STATE CUSTOMS SERVICE * RIVER PORT\n"
                "CARGO DECLARATION          No. RP-93-000001\n"
                "DATE: 08.02.1993\n"
                "CONSIGNOR: UPRIVER CYCLE WORKS\n"
                "CONSIGNEE: CENTRAL BICYCLE DEPOT, CAPITAL\n"
                "VESSEL: M/V PLOVER\n"
                "GOODS: BICYCLE PARTS (FRAMES, WHEELS, CHAINS)\n"
                "TARIFF CODE: 41.07-20\n"
                "PACKAGES: 38 CRATES     GROSS WEIGHT: 2140 KG\n"
                "CUSTOMS VALUE: 48200.00\n"
                "DUTY RATE: 6 %     DUTY DUE: 2892.00\n"
                "DECLARANT: E. LORN & SON, CUSTOMS BROKERS\n"
                "RELEASED: YES     INSPECTOR No. 117\n"
                "*** END OF DECLARATION ***\n"
                "(reverse, in ink) The first one! Goodbye, ink! - followed by eleven signatures "
                "and a drawing of a barge."
            ),
        },
        "images": [
            {
                "motif": "declaration",
                "caption": "Front of the printed declaration",
                "alt_text": (
                    "A sheet of continuous printer paper with perforated strips along both edges "
                    "and lines of blocky dot-matrix capital letters."
                ),
                "size": [1700, 2200],
            },
            {
                "motif": "declaration",
                "caption": "The reverse, signed by the shift",
                "alt_text": (
                    "The back of a printout covered with handwritten signatures around a small ink "
                    "drawing of a barge."
                ),
                "size": [1700, 2200],
            },
        ],
    },
    {
        "accession_number": "PH-0021",
        "kind": "photograph",
        "title": "Northern Road Post No. 3 in its first years",
        "summary": (
            "The earliest known photograph of the customs post on the northern road: a timber hut, "
            "a striped barrier and three officers in greatcoats."
        ),
        "description": (
            "Six years or so after the decree that created it (Hall 1, Case 1), Northern Road Post "
            "No. 3 was still a modest place: a **timber hut** with a stone chimney, a woodshed, "
            "and a striped barrier pole across the road. The photographer stood a little way up "
            "the slope, so the road can be seen winding down the valley behind the post.\n\n"
            "Three officers pose in front of the hut in long winter greatcoats and peaked caps. "
            "The man in the middle holds a ledger under his arm, as if to remind the viewer that "
            "paperwork came with the job even on a mountain pass. A mule cart loaded with sacks "
            "waits patiently at the barrier.\n\n"
            "The print was made by a travelling photographer who sold views of the northern road "
            "as postcards, and a pencilled price survives on the back. The same spot, with a "
            "concrete building and an electric barrier, appears in the photograph of the post's "
            "last day in Case 5; the mountain behind it has hardly changed."
        ),
        "date": "ca. 1930",
        "place": "Northern Road Post No. 3",
        "materials": "Gelatin silver print on card mount",
        "dimensions": "17 × 23 cm",
        "provenance": "Bought from a dealer at a postcard fair in 1995.",
        "credit_line": "Museum purchase, 1995",
        "rights": "Public domain, photographer unknown (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 1",
        "tags": ["northern road post", "border post", "barrier", "staff"],
        "featured": True,
        "fields": {
            "photographer": "Unknown travelling photographer",
            "process": "gelatin silver print",
            "depicted": (
                "Three officers of Northern Road Post No. 3 in greatcoats in front of the post's "
                "timber hut; the striped barrier; a mule cart waiting to cross; the valley road "
                "behind."
            ),
        },
        "images": [
            {
                "motif": "customs_post",
                "caption": "The post on the northern road",
                "alt_text": (
                    "A black-and-white view of a small timber hut beside a mountain road, with a "
                    "striped barrier, three uniformed men and a mule cart."
                ),
                "size": [2000, 1400],
            },
            {
                "motif": "customs_post",
                "caption": "Detail: the officers at the door",
                "alt_text": (
                    "A close crop of three men in long coats and peaked caps standing at a hut "
                    "door, the middle one holding a large book."
                ),
                "size": [1600, 1200],
            },
        ],
    },
    {
        "accession_number": "PH-0034",
        "kind": "photograph",
        "title": "Staff of the central customs house on the front steps",
        "summary": (
            "A formal group portrait of forty-one officers, clerks and typists of the capital's "
            "central customs house."
        ),
        "description": (
            "Group photographs like this were taken every few years on the broad front steps of "
            "**the capital's central customs house**. Officers stand in the back rows in dress "
            "uniform; clerks, typists and messengers sit in front; the Director General occupies "
            "the single chair in the centre.\n\n"
            "Look closely and the hierarchy of the Service becomes visible: the cut of the "
            "collars, the braid on the caps, even who is allowed to sit. Two women, both typists, "
            "sit at the end of the front row. Women would not be appointed as inspectors for "
            "another twenty years (see the portrait of Marta Kestrel in Case 2).\n\n"
            "A typed list of names is glued to the back of the mount, though it misses six people. "
            "It has helped the museum identify several officers who appear in documents elsewhere "
            "in the collection."
        ),
        "date": "1933",
        "place": "The capital's central customs house",
        "materials": "Gelatin silver print on studio mount",
        "dimensions": "24 × 30 cm (print); 32 × 40 cm (mount)",
        "provenance": (
            "Hung in the corridor of the personnel department of the central customs house until "
            "1987."
        ),
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 1",
        "tags": ["central customs house", "staff", "uniform"],
        "fields": {
            "photographer": "Studio of Adrian Kell, capital",
            "process": "gelatin silver print",
            "depicted": (
                "Forty-one officers, clerks, typists and messengers of the capital's central "
                "customs house, with the Director General seated in the centre, on the front steps "
                "of the building."
            ),
        },
        "images": [
            {
                "motif": "staff_group",
                "caption": "The staff of the central customs house",
                "alt_text": (
                    "Rows of uniformed men and a few civilians arranged on wide stone steps, with "
                    "one older man seated on a chair in the middle of the front row."
                ),
                "size": [2200, 1600],
            },
        ],
    },
    {
        "accession_number": "PH-0047",
        "kind": "photograph",
        "title": "Portrait of Inspector Marta Kestrel",
        "summary": (
            "A studio portrait of Marta Kestrel, one of the first four women appointed as customs "
            "inspectors, taken in the year of her appointment."
        ),
        "description": (
            "In 1953 the State Customs Service opened the rank of inspector to women, and **Marta "
            "Kestrel** was among the first four appointed. She served at the river port for "
            "twenty-six years, specialising in the inspection of passenger steamers and their "
            "travellers.\n\n"
            "The portrait was taken for her service book, but she liked it well enough to order a "
            "larger print. She wears the new women's uniform of the period, a fitted tunic with a "
            "beret instead of the peaked cap, and the inspector's badge on the left breast.\n\n"
            "Colleagues remembered her as patient and unshakeable. Port legend says she once found "
            "a canary smuggled in a hatbox because it sneezed. The letter of thanks written after "
            "the flood of 1971 (Hall 1, Case 6) was pinned to the notice board of her office."
        ),
        "date": "1953",
        "place": "The river port",
        "materials": "Gelatin silver print, retouched",
        "dimensions": "18 × 13 cm",
        "provenance": "Kept by the sitter and later by her niece, who donated it in 2006.",
        "credit_line": "Gift of the Kestrel family, 2006",
        "rights": (
            "Reproduced with the permission of the Kestrel family (sample content for "
            "demonstration)"
        ),
        "location_hall": "Hall 2",
        "location_case": "Case 2",
        "tags": ["women in customs", "river port", "uniform", "travellers"],
        "fields": {
            "photographer": "Lindgard Studio, river port",
            "process": "gelatin silver print",
            "depicted": (
                "Inspector Marta Kestrel, head and shoulders, in the women's customs uniform of "
                "the 1950s with beret and badge."
            ),
        },
        "images": [
            {
                "motif": "portrait",
                "caption": "Marta Kestrel in 1953",
                "alt_text": (
                    "A studio portrait of a young woman in a dark fitted uniform tunic and a "
                    "beret, with a small badge on her chest, looking slightly to the left."
                ),
                "size": [1400, 1900],
            },
        ],
    },
    {
        "accession_number": "PH-0058",
        "kind": "photograph",
        "title": "The barrier at Eastern Rail Crossing under snow",
        "summary": (
            "The snow-covered road barrier and guard box beside the tracks at Eastern Rail "
            "Crossing, photographed by an officer of the post."
        ),
        "description": (
            "Eastern Rail Crossing controlled both the railway and a small road that ran beside "
            "it. This photograph shows the **road barrier** in deep snow, with the guard box, a "
            "lamp on a post and the signal gantry of the railway in the background. A single line "
            "of boot prints leads from the guard box to the barrier and back.\n\n"
            "It was taken by Inspector Jonas Vask with his own camera; he is one of the two "
            "officers who checked the seals of a snowbound train in the letter of 1939 (Hall 1, "
            "Case 2). The negative sleeve gives two years, **1947 and 1953**, written in different "
            "hands, and the curators have not been able to decide between them, hence the double "
            "date.\n\n"
            "Small, quiet and very cold, the picture says more about winter at the crossing than "
            "any report."
        ),
        "date": "1947/1953",
        "place": "Eastern Rail Crossing",
        "materials": "Gelatin silver print from a roll-film negative",
        "dimensions": "9 × 12 cm",
        "provenance": "From an album compiled by the photographer; donated by his son in 2012.",
        "credit_line": "Gift of the Vask family, 2012",
        "rights": (
            "Reproduced with the permission of the Vask family (sample content for demonstration)"
        ),
        "location_hall": "Hall 2",
        "location_case": "Case 2",
        "tags": ["eastern rail crossing", "barrier", "winter", "railway"],
        "fields": {
            "photographer": "Inspector Jonas Vask (amateur)",
            "process": "gelatin silver print",
            "depicted": (
                "The road barrier, guard box, lamp post and railway signal gantry at Eastern Rail "
                "Crossing under deep snow; no people visible."
            ),
        },
        "images": [
            {
                "motif": "border_barrier",
                "caption": "The barrier in winter",
                "alt_text": (
                    "A striped barrier pole lowered across a snowy road beside a small guard box, "
                    "with a railway signal gantry faint in the background."
                ),
                "size": [1800, 1350],
            },
        ],
    },
    {
        "accession_number": "PH-0063",
        "kind": "photograph",
        "title": "Inspecting a timber lorry at Northern Road Post No. 3",
        "summary": (
            "Two inspectors check a loaded timber lorry with an inspection mirror and a measuring "
            "rod at the northern road post."
        ),
        "description": (
            "By the 1960s lorries had replaced mule carts on the northern road, and the post's "
            "work changed with them. Here two inspectors examine a lorry loaded with logs. One "
            "slides an **inspection mirror** under the chassis; the other measures the height of "
            "the stack with a marked rod to check the declared volume.\n\n"
            "The driver leans against the cab door, apparently unconcerned. Behind the lorry "
            "stands the post's new two-storey concrete building, which replaced the timber hut "
            "seen in the photograph of around 1930 (Case 1).\n\n"
            "The picture belongs to a set made for the Service's staff magazine, which ran a "
            'feature called "A day at the mountain post" in its summer issue. An inspection '
            "mirror of the same pattern is displayed in Hall 3, Case 3."
        ),
        "date": "June 1964",
        "place": "Northern Road Post No. 3",
        "materials": "Gelatin silver print, glossy",
        "dimensions": "18 × 24 cm",
        "provenance": "Picture archive of the Service's staff magazine; transferred in 1990.",
        "credit_line": "Transferred from the editorial office of the Service magazine, 1990",
        "rights": "© State Customs Service (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 3",
        "tags": ["northern road post", "inspection", "vehicles", "cargo"],
        "fields": {
            "photographer": "Staff photographer of the Service magazine",
            "process": "gelatin silver print",
            "depicted": (
                "Two inspectors of Northern Road Post No. 3 examining a timber lorry with a mirror "
                "and a measuring rod; the driver by the cab; the post's concrete building behind."
            ),
        },
        "images": [
            {
                "motif": "vehicle_inspection",
                "caption": "Checking the timber lorry",
                "alt_text": (
                    "Two uniformed men beside a lorry stacked with logs, one crouching with a "
                    "mirror on a long pole under the vehicle, the other holding a tall rod against "
                    "the load."
                ),
                "size": [2000, 1400],
            },
            {
                "motif": "vehicle_inspection",
                "caption": "Detail: the mirror under the chassis",
                "alt_text": (
                    "A close view of a round mirror on a pole reflecting the underside of a lorry."
                ),
                "size": [1600, 1200],
            },
        ],
    },
    {
        "accession_number": "PH-0072",
        "kind": "photograph",
        "title": "Panorama of the river port quays",
        "summary": (
            "A panoramic view of the whole customs zone of the river port, joined from four "
            "negatives taken on the roof of the grain elevator."
        ),
        "description": (
            "To make this panorama the photographer climbed onto the roof of the grain elevator "
            "and exposed **four overlapping negatives**, turning the camera a little each time. "
            "The prints were then trimmed and joined by hand, and the seams can still be found if "
            "you look for them.\n\n"
            "From left to right the picture shows:\n\n"
            "- the landing stages for passenger steamers;\n"
            "- the customs house of the river port, with its flagpole;\n"
            "- the two cranes and the upper quay;\n"
            "- barges moored three deep along the lower quay;\n"
            "- at the far right, the long roof of the **old bonded warehouse**, lost in the flood "
            "of 1971.\n\n"
            "Read together with the map of the customs zone (Hall 1, Case 5), the panorama lets "
            "visitors locate almost every building in the port. The high-resolution scan shown on "
            "the screen beside the case is sharp enough to read the name of the steamer at the "
            "landing stage."
        ),
        "date": "1958",
        "place": "The river port",
        "materials": "Four gelatin silver prints joined on a linen backing",
        "dimensions": "18 × 96 cm",
        "provenance": (
            "Found rolled up in a cupboard of the river port customs office; transferred in 1987."
        ),
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 3",
        "tags": ["river port", "cargo", "warehouse"],
        "featured": True,
        "fields": {
            "photographer": "Leo Farrant, port authority photographer",
            "process": "gelatin silver prints, joined",
            "depicted": (
                "The river port seen from the grain elevator: passenger landing stages, the "
                "customs house, two cranes, the upper and lower quays, moored barges and the old "
                "bonded warehouse."
            ),
        },
        "images": [
            {
                "motif": "cargo_port",
                "caption": "The full panorama, high-resolution scan",
                "alt_text": (
                    "A very wide black-and-white view over a river port with quays, two cranes, "
                    "rows of moored barges and a long warehouse roof at the right edge."
                ),
                "size": [4600, 1400],
            },
            {
                "motif": "cargo_port",
                "caption": "Detail: the customs house and cranes",
                "alt_text": (
                    "A cropped section of the panorama showing a two-storey building with a "
                    "flagpole beside two tall dockside cranes."
                ),
                "size": [2000, 1400],
            },
        ],
    },
    {
        "accession_number": "PH-0080",
        "kind": "photograph",
        "title": "The old bonded warehouse of the river port",
        "summary": (
            "The long brick bonded warehouse on the lower quay, photographed at an unknown date "
            "before it was lost in the flood."
        ),
        "description": (
            "The **old bonded warehouse** held goods on which duty had not yet been paid. "
            "Merchants could leave cargo here under customs seal for months, paying only a storage "
            "fee, and clear it piece by piece as they found buyers. The building appears on the "
            "map of the river port and at the edge of the panorama, but this is the only close-up "
            "photograph of it known to exist.\n\n"
            "The print has no date, no studio stamp and no inscription apart from a few words in "
            'pencil on the back: *"warehouse - before the flood"*. The museum has kept that '
            "phrase as its date. The style of the hand carts and the single electric lamp over the "
            "door suggest the 1950s or 1960s, but nothing more precise can be said.\n\n"
            "The warehouse was badly damaged in the flood of May 1971 and pulled down the "
            'following year. Its cast-iron door number, a large "3", is kept in the museum\'s '
            "store."
        ),
        "date": "before the flood of the river port",
        "place": "The river port",
        "materials": "Gelatin silver print",
        "dimensions": "13 × 18 cm",
        "provenance": (
            "Found among the loose papers of the river port customs office; transferred in 1987."
        ),
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Public domain, photographer unknown (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 4",
        "tags": ["river port", "warehouse", "flood of 1971", "cargo"],
        "fields": {
            "photographer": "Unknown",
            "process": "gelatin silver print",
            "depicted": (
                "The brick bonded warehouse on the lower quay of the river port, its loading doors "
                "and hand carts, with two porters standing at the door."
            ),
        },
        "images": [
            {
                "motif": "cargo_port",
                "caption": "The warehouse on the lower quay",
                "alt_text": (
                    "A long low brick building with large wooden doors and a lamp above them, two "
                    "men and hand carts in front on a cobbled quay."
                ),
                "size": [1900, 1350],
            },
        ],
    },
    {
        "accession_number": "ГТС-0031",
        "kind": "photograph",
        "title": "The women's shift of the central customs house",
        "summary": (
            "Eight women inspectors of the passenger hall at the capital's central customs house, "
            "photographed during a tea break in the staff canteen."
        ),
        "description": (
            "Twenty years after the first women inspectors were appointed, whole shifts in the "
            "passenger hall of **the capital's central customs house** were staffed by women. This "
            "informal photograph shows eight of them in the canteen, cups of tea in hand, laughing "
            "at something outside the frame.\n\n"
            "It was taken by one of the group, Rosa Hallin, using the self-timer of a camera the "
            "shift had bought together with a team bonus. The same women formed the core of the "
            "volleyball team whose 1981 cup stands in Hall 4. The picture was later printed in the "
            'Service magazine with the caption "The shift that never misses".\n\n'
            "The uniforms are the 1970s pattern, with a skirt, a lighter shirt and a soft cap. For "
            "the curators it is the best example in the collection of everyday life in the "
            "Service, as opposed to official ceremony."
        ),
        "date": "1970s",
        "place": "The capital's central customs house",
        "materials": "Gelatin silver print",
        "dimensions": "13 × 18 cm",
        "provenance": (
            "Lent for copying in 2010 and donated the following year by the photographer."
        ),
        "credit_line": "Gift of Rosa Hallin, 2011",
        "rights": "© the photographer (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 4",
        "tags": ["women in customs", "central customs house", "staff", "volleyball"],
        "fields": {
            "photographer": "Inspector Rosa Hallin (self-timer)",
            "process": "gelatin silver print",
            "depicted": (
                "Eight women inspectors of the passenger hall, including the photographer, at a "
                "table in the staff canteen of the capital's central customs house."
            ),
        },
        "images": [
            {
                "motif": "staff_group",
                "caption": "Tea break in the canteen",
                "alt_text": (
                    "Eight smiling women in uniform shirts sitting and standing around a canteen "
                    "table with teacups."
                ),
                "size": [2000, 1400],
            },
        ],
    },
    {
        "accession_number": "PH-0095",
        "kind": "photograph",
        "title": "Dog handler and service dog at Eastern Rail Crossing",
        "summary": (
            "Inspector Karel Dunne and his dog Brisk search an empty goods wagon at Eastern Rail "
            "Crossing."
        ),
        "description": (
            "Service dogs came to Eastern Rail Crossing with the new terminal of 1975, which had "
            "the post's first proper kennels (see the order in Hall 1, Case 6). This photograph "
            "shows Inspector **Karel Dunne** with Brisk, a long-haired shepherd dog, searching an "
            "empty goods wagon. Brisk has his front paws on the wagon floor and his nose down, "
            "while Dunne holds the long lead slack.\n\n"
            "A dog team could search a wagon in a fraction of the time it took two inspectors with "
            "torches and mirrors, and Brisk was credited with several notable finds, among them a "
            "false floor in a wagon of supposedly empty crates.\n\n"
            'The picture won the category "At work" in the Service\'s internal photography '
            "contest of 1983."
        ),
        "date": "1983",
        "place": "Eastern Rail Crossing",
        "materials": "Gelatin silver print, matte",
        "dimensions": "24 × 30 cm",
        "provenance": (
            "Entry in the Service photography contest of 1983, kept by the contest organisers."
        ),
        "credit_line": "Transferred from the Service staff club, 1992",
        "rights": "© the photographer (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 5",
        "tags": ["eastern rail crossing", "service dogs", "inspection", "railway"],
        "fields": {
            "photographer": "Oskar Pell, Eastern Rail Crossing",
            "process": "gelatin silver print",
            "depicted": (
                "Inspector Karel Dunne and the service dog Brisk searching an open goods wagon on "
                "a siding at Eastern Rail Crossing."
            ),
        },
        "images": [
            {
                "motif": "vehicle_inspection",
                "caption": "Brisk at work",
                "alt_text": (
                    "A shaggy shepherd dog with its front paws up on the floor of an open railway "
                    "wagon, a uniformed handler holding a long lead behind it."
                ),
                "size": [2000, 1400],
            },
        ],
    },
    {
        "accession_number": "PH-0102",
        "kind": "photograph",
        "title": "The last lowering of the barrier at Northern Road Post No. 3",
        "summary": (
            "The staff of Northern Road Post No. 3 lower the barrier for the last time before the "
            "post moved to a new site near the highway."
        ),
        "description": (
            "After eighty years on the same bend of the northern road, Northern Road Post No. 3 "
            "closed in 2004, and its work moved to a larger post beside the new highway. On the "
            "last evening the staff gathered for a small ceremony: the barrier was lowered one "
            "final time and the post's flag was taken down.\n\n"
            "The photograph shows the whole team of eleven in front of the concrete building of "
            "the 1960s, with the senior inspector's hand on the barrier. The barrier is now "
            "electrically driven, but it is striped exactly like the wooden pole in the post's "
            "earliest photograph from around 1930 (Case 1).\n\n"
            "Comparing the two pictures is one of the quiet pleasures of this room. Eighty years "
            "separate them, yet the line of the mountain behind the post is identical."
        ),
        "date": "2004",
        "place": "Northern Road Post No. 3",
        "materials": "Chromogenic colour print",
        "dimensions": "20 × 30 cm",
        "provenance": (
            "Press office of the State Customs Service; transferred with the closing file of the "
            "post in 2005."
        ),
        "credit_line": "Transferred from the press office of the State Customs Service, 2005",
        "rights": "© State Customs Service (sample content for demonstration)",
        "location_hall": "Hall 2",
        "location_case": "Case 5",
        "tags": ["northern road post", "border post", "barrier", "staff"],
        "fields": {
            "photographer": "Nadia Sorell, press office of the State Customs Service",
            "process": "chromogenic colour print",
            "depicted": (
                "Eleven officers of Northern Road Post No. 3 standing at the lowered barrier in "
                "front of the post building on its last day of service."
            ),
        },
        "images": [
            {
                "motif": "border_barrier",
                "caption": "The last evening at the post",
                "alt_text": (
                    "A colour photograph of eleven people in dark blue uniforms standing beside a "
                    "red and white barrier in front of a two-storey building, mountains behind."
                ),
                "size": [2100, 1400],
            },
            {
                "motif": "customs_post",
                "caption": "The post building after closing",
                "alt_text": (
                    "An empty concrete customs building with closed shutters beside a road, in "
                    "evening light."
                ),
                "size": [2000, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1921-04",
        "kind": "equipment",
        "title": "Travelling inkwell of a river inspector",
        "summary": (
            "A leather-cased travelling inkwell with a screw lid, carried by inspectors who wrote "
            "up declarations on the decks of barges."
        ),
        "description": (
            "Inspectors at the river port often completed their paperwork standing on the deck of "
            "a barge. An open inkwell would not survive a rolling deck, so they carried "
            "**travelling inkwells** like this one: a thick glass well with a screw-down brass "
            "lid, set in a leather case that clipped onto a belt.\n\n"
            'The case is stamped with the letters "R.P." for river port and has a loop for a dip '
            "pen. Traces of violet ink inside the well match the colour inspectors used to correct "
            "declarations, as on the declaration of the barge *Lark* (Hall 1, Case 1).\n\n"
            "The inkwell belongs to the early years of the Service. By the 1950s fountain pens, "
            "and later ballpoints, had made such things unnecessary, and it spent decades "
            "forgotten in a drawer."
        ),
        "date": "early 20th century",
        "place": "The river port",
        "materials": "Glass, brass, leather",
        "dimensions": "Height 6 cm, diameter 5 cm",
        "provenance": (
            "Found in a desk drawer of the river port customs office; transferred in 1987."
        ),
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 1",
        "tags": ["river port", "paperwork", "tools"],
        "fields": {
            "maker": "Unknown saddler",
            "model_name": "Travelling inkwell with screw lid",
            "serial_number": "none",
            "purpose": (
                "Carrying ink safely for writing up declarations on board vessels and away from "
                "the office."
            ),
        },
        "images": [
            {
                "motif": "inkwell",
                "caption": "The inkwell in its leather case",
                "alt_text": (
                    "A small glass inkwell with a brass screw lid, half inside a worn brown "
                    "leather case with a belt clip."
                ),
                "size": [1600, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1923-01",
        "kind": "equipment",
        "title": "Lever seal press from Northern Road Post No. 3",
        "summary": (
            "A cast-iron lever press for closing lead seals, very probably one of the first pieces "
            "of equipment sent to the northern road post."
        ),
        "description": (
            "The seal press was the customs officer's most trusted tool. A soft lead seal was "
            "threaded onto the cord or wire closing a sack, a crate or a wagon door; the officer "
            "set it between the **engraved dies** and pulled the lever, and the lead was squeezed "
            "flat with the post's mark on both sides. Nobody could open the package again without "
            "breaking the seal.\n\n"
            "This press is very probably one of those listed in the decree of 1924 that created "
            'Northern Road Post No. 3 (Hall 1, Case 1). Its dies read "SCS" on one face and '
            '"N3" on the other. The long handle, worn bright at the grip, gave enough leverage '
            "to close a seal with one hand, even in gloves.\n\n"
            "The press stayed in use until numbered seals replaced plain lead ones after the "
            "circular of 1962 (Hall 1, Case 3). Instead of being returned to the capital as the "
            'circular required, it was kept in a cupboard at the post "for sentimental reasons", '
            "according to a luggage label still tied to the handle."
        ),
        "date": "1920-1925",
        "place": "Northern Road Post No. 3",
        "materials": "Cast iron, steel dies, brass pivot",
        "dimensions": "Length 38 cm, jaw width 4 cm, weight 3.1 kg",
        "provenance": "Kept at Northern Road Post No. 3 until 1988, then sent to the museum.",
        "credit_line": "Transferred from Northern Road Post No. 3, 1988",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 1",
        "tags": ["seal", "northern road post", "tools"],
        "featured": True,
        "fields": {
            "maker": "Foundry of the State Customs Service workshops",
            "model_name": "Lever seal press, pattern 1921",
            "serial_number": "No. 0342",
            "purpose": (
                "Closing lead seals on cords and wires with the post's embossed mark, so that "
                "sealed goods could not be opened unnoticed."
            ),
        },
        "images": [
            {
                "motif": "seal_press",
                "caption": "The seal press",
                "alt_text": (
                    "A dark cast-iron tool shaped like long pliers, with a polished handle, small "
                    "round jaws and a paper label tied on with string."
                ),
                "size": [1800, 1400],
            },
            {
                "motif": "seal_press",
                "caption": "Detail of the engraved dies",
                "alt_text": (
                    "A close view of two small round steel dies engraved with raised letters, set "
                    "in the jaws of the press."
                ),
                "size": [1400, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1938-05",
        "kind": "equipment",
        "title": "Decimal platform scales from the river port",
        "summary": (
            "Heavy decimal scales on which sacks and crates were weighed before duty was assessed "
            "on the upper quay of the river port."
        ),
        "description": (
            "Duty on most goods was charged by weight, so a set of reliable scales stood at every "
            "customs post. This **decimal scale** is so called because a weight on its small pan "
            "balances ten times as much on the platform. It could weigh loads of up to 500 "
            "kilograms and served on the upper quay of the river port, where the map in Hall 1 "
            "marks its position.\n\n"
            "A brass plate records its inspection by the office of weights and measures every two "
            "years from 1938 to 1966, each visit marked with a tiny punched stamp. The oak "
            "platform is scarred by decades of iron-bound crates, and two small wheels at one end "
            "let a pair of porters move it along the quay.\n\n"
            "The original set of weights is incomplete. According to the staff of the river port, "
            "the missing 20-kilogram weight served for years as a doorstop in the customs house "
            "and was never returned."
        ),
        "date": "1938",
        "place": "The river port",
        "materials": "Cast iron, oak platform, brass beam and plate",
        "dimensions": "112 × 64 × 80 cm",
        "provenance": "Used on the upper quay of the river port; transferred in 1987.",
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 2",
        "tags": ["river port", "cargo", "tools"],
        "fields": {
            "maker": "Harrow & Sons, scale makers",
            "model_name": "Decimal platform scale, 500 kg",
            "serial_number": "H-11874",
            "purpose": (
                "Weighing goods to calculate duty and to check the weights given in declarations."
            ),
        },
        "images": [
            {
                "motif": "scales",
                "caption": "The platform scales",
                "alt_text": (
                    "A large iron weighing machine with a wooden platform, an upright column, a "
                    "brass beam and a stack of round weights beside it."
                ),
                "size": [1800, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1949-03",
        "kind": "equipment",
        "title": "Brass hand stamp of Eastern Rail Crossing",
        "summary": (
            "A brass-faced hand stamp with the round official mark of Eastern Rail Crossing, used "
            "to validate waybills, declarations and registers."
        ),
        "description": (
            "Before rubber stamps became common at the posts, official marks were made with "
            '**brass-faced hand stamps** like this one. The round face reads "STATE CUSTOMS '
            'SERVICE - EASTERN RAIL CROSSING" around a central emblem, and a small slot holds '
            "interchangeable date figures.\n\n"
            "The beech handle is polished by years of use and has a notch cut into it, so that the "
            "officer could turn the stamp the right way up without looking. A leather pouch, kept "
            "with the stamp, was fastened to the officer's belt whenever the stamp left the "
            "office: losing a post stamp was a serious disciplinary offence.\n\n"
            'Compare it with the rubber stamp "Inspected - Released" on the officer\'s desk in '
            "Hall 5, which did much the same job a generation later."
        ),
        "date": "ca. 1949",
        "place": "Eastern Rail Crossing",
        "materials": "Brass, beech wood, leather pouch",
        "dimensions": "Height 9 cm, face diameter 3.5 cm",
        "provenance": (
            "Handed in when the post moved to its new terminal in 1975 and kept at the central "
            "customs house."
        ),
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 2",
        "tags": ["stamps", "eastern rail crossing", "paperwork"],
        "fields": {
            "maker": "Engraving workshop of the central customs house",
            "model_name": "Round post stamp, 35 mm",
            "serial_number": "ERC-2",
            "purpose": (
                "Stamping waybills, declarations and registers with the official mark of the post."
            ),
        },
        "images": [
            {
                "motif": "rubber_stamp",
                "caption": "The hand stamp and its pouch",
                "alt_text": (
                    "A wooden-handled stamp with a round brass face lying beside a small leather "
                    "pouch with a belt loop."
                ),
                "size": [1600, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1955-02",
        "kind": "equipment",
        "title": "Telescopic inspection mirror",
        "summary": (
            "A round convex mirror on an extending pole, used to look under vehicles and into "
            "spaces an inspector could not reach."
        ),
        "description": (
            "The inspection mirror is simple and brilliantly effective. An inspector kneeling "
            "beside a lorry could slide it underneath and see the whole underside of the chassis "
            "without crawling through the mud. Tilted at different angles, it also reached behind "
            "radiators, above wheel arches and into the tops of open wagons.\n\n"
            "This example has a three-section **telescopic pole** and a round convex mirror in a "
            "rubber-edged frame. A small hook near the handle held a torch, and the mirror's joint "
            "could be locked at any angle with a wing nut. A mirror of exactly this kind is being "
            "used in the photograph of a timber lorry at Northern Road Post No. 3 (Hall 2, Case "
            "3).\n\n"
            "Its precise date is unknown. The pattern was issued with only small changes from the "
            'late 1940s until the 1970s, and the catalogue therefore gives "mid 20th century".'
        ),
        "date": "mid 20th century",
        "place": "Northern Road Post No. 3",
        "materials": "Steel, aluminium, glass mirror, rubber",
        "dimensions": "Length 62-148 cm, mirror diameter 22 cm",
        "provenance": "Used at Northern Road Post No. 3; sent to the museum in 1988.",
        "credit_line": "Transferred from Northern Road Post No. 3, 1988",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 3",
        "tags": ["inspection", "vehicles", "northern road post", "tools"],
        "fields": {
            "maker": "Service workshops, the capital's central customs house",
            "model_name": "Inspection mirror, telescopic, pattern 2",
            "serial_number": "not marked",
            "purpose": (
                "Looking under and behind vehicles, wagons and cargo without unloading them."
            ),
        },
        "images": [
            {
                "motif": "inspection_mirror",
                "caption": "The mirror, fully extended",
                "alt_text": (
                    "A round mirror in a black rubber rim mounted on a long metal pole with a grip "
                    "and a small hook near the handle."
                ),
                "size": [2200, 1200],
            },
        ],
    },
    {
        "accession_number": "ГТС-0047",
        "kind": "equipment",
        "title": "Portable radio set of the mobile patrol",
        "summary": (
            "A battery-powered radio transceiver carried by the mobile patrols of the northern "
            "district between the fixed customs posts."
        ),
        "description": (
            "Between the fixed posts, mobile patrols watched side roads and mountain paths. Until "
            "the 1960s they could only report back in person; this **portable radio set** changed "
            "that. With its aerial raised it could reach Northern Road Post No. 3 from about "
            "fifteen kilometres away in good weather.\n\n"
            "The set is housed in a grey steel case with a canvas carrying harness. Its knobs are "
            "large enough to turn in gloves, and a card inside the lid lists the call signs:\n\n"
            "- **BARRIER** for the post;\n"
            "- **LYNX** for the patrols;\n"
            "- **MOTHER** for the district office.\n\n"
            "Patrol officers remembered it mostly for its weight, more than nine kilograms with "
            "batteries. A soldered repair on the handset cord shows that it was kept in service "
            "long after newer models arrived."
        ),
        "date": "1967",
        "place": "The northern district",
        "materials": "Steel case, canvas harness, bakelite handset, electronic components",
        "dimensions": "32 × 24 × 14 cm; 9.4 kg with batteries",
        "provenance": (
            "Written off by the northern district in 1984 and rescued from disposal by a patrol "
            "officer, who kept it at home."
        ),
        "credit_line": "Gift of a former patrol officer, 1996",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 4",
        "tags": ["communication", "patrol", "northern road post"],
        "fields": {
            "maker": "Northern Radio Works",
            "model_name": "PR-7 'Ranger'",
            "serial_number": "7-00518",
            "purpose": (
                "Voice communication between mobile patrols, customs posts and the district office."
            ),
        },
        "images": [
            {
                "motif": "radio_set",
                "caption": "The radio set with its aerial raised",
                "alt_text": (
                    "A grey metal box with large black knobs, a handset on a coiled cord and a "
                    "thin telescopic aerial, standing on a canvas harness."
                ),
                "size": [1800, 1400],
            },
            {
                "motif": "radio_set",
                "caption": "The call-sign card in the lid",
                "alt_text": (
                    "A close view of a small typed card fixed inside a metal lid, listing three "
                    "call signs."
                ),
                "size": [1400, 1200],
            },
        ],
    },
    {
        "accession_number": "EQ 1978-02",
        "kind": "equipment",
        "title": "Binoculars of the river patrol",
        "summary": (
            "Rubber-armoured binoculars used by the river patrol to read the names and draught "
            "marks of vessels approaching the port."
        ),
        "description": (
            "The river patrol's launch met incoming vessels downstream of the port. From the deck, "
            "an officer with these **8 × 30 binoculars** could read a barge's name, its "
            "registration number and the draught marks on its bow. A vessel riding lower in the "
            "water than its papers suggested might be carrying more than it had declared.\n\n"
            "The rubber armour and the lens caps on a cord were made for a wet and bumpy life on a "
            "small boat. The original neck strap has been replaced with a length of signal line, "
            "tied with a neat bowline.\n\n"
            "The binoculars were given to the museum by the last commander of the river patrol, "
            'together with a note that reads, in full: "They saw more than they reported."'
        ),
        "date": "1970s",
        "place": "The river port",
        "materials": "Metal body, rubber armour, glass optics, cord",
        "dimensions": "17 × 12 × 6 cm",
        "provenance": (
            "Used aboard the river patrol launch until the patrol was reorganised in 1999."
        ),
        "credit_line": "Gift of the last commander of the river patrol, 2000",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 3",
        "location_case": "Case 3",
        "tags": ["river port", "patrol", "inspection"],
        "fields": {
            "maker": "State Optical Works",
            "model_name": "8 × 30 marine binocular",
            "serial_number": "78-3304",
            "purpose": (
                "Observing approaching vessels and reading their names, numbers and draught marks "
                "from a distance."
            ),
        },
        "images": [
            {
                "motif": "binoculars",
                "caption": "The river patrol binoculars",
                "alt_text": (
                    "A pair of black rubber-covered binoculars with lens caps hanging on cords and "
                    "a strap made of thin rope."
                ),
                "size": [1800, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1962-07",
        "kind": "equipment",
        "title": "Wide-carriage office typewriter",
        "summary": (
            "The heavy typewriter on which the registry of Eastern Rail Crossing typed its reports "
            "and letters; it stands at the centre of the recreated officer's desk."
        ),
        "description": (
            "Every letter, report and order that left a customs post in the 1960s was typed, "
            "usually in triplicate with carbon paper between the sheets. This **office "
            "typewriter** served the registry of Eastern Rail Crossing for more than a decade, and "
            "it now takes pride of place at the centre of the recreated desk of a customs officer "
            "in Hall 5.\n\n"
            "The machine has a wide carriage to take the large forms of the period, and a "
            "two-colour ribbon, black and red: red was used for sums still owed. One key has been "
            'fitted with the Service\'s abbreviation for "customs duty", saving the typist '
            "several keystrokes on every line of a register.\n\n"
            "When the post moved to its new terminal in 1975, the typewriter was sent to the "
            'capital as an object "of historical interest" under the order displayed in Hall 1. '
            'Its last typist left a sheet in the roller with the words *"Moved to the new '
            'terminal - 30 November 1975"*. The museum has left it there.'
        ),
        "date": "1962",
        "place": "Eastern Rail Crossing",
        "materials": "Steel, enamel paint, rubber platen, glass-topped keys",
        "dimensions": "28 × 58 × 40 cm",
        "provenance": (
            "Sent to the central customs house in 1975 under Order No. 61 as an object of "
            "historical interest."
        ),
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "paperwork", "eastern rail crossing"],
        "fields": {
            "maker": "Continental Office Machines",
            "model_name": "Registrar 18, wide carriage",
            "serial_number": "R18-620457",
            "purpose": "Typing reports, letters, orders and registers, with carbon copies.",
        },
        "images": [
            {
                "motif": "typewriter",
                "caption": "The typewriter with its last sheet",
                "alt_text": (
                    "A large grey-green typewriter with a wide carriage and round glass-topped "
                    "keys, a sheet of paper with one typed line in the roller."
                ),
                "size": [1800, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1965-11",
        "kind": "equipment",
        "title": "Rubber stamp 'Inspected - Released'",
        "summary": (
            "The rectangular rubber stamp that marked a consignment as cleared; on the recreated "
            "officer's desk it sits beside its ink pad."
        ),
        "description": (
            "Two words on a declaration meant the end of an inspection: **INSPECTED - RELEASED**. "
            "This rubber stamp, with spaces for the officer's number and the date, was pressed "
            "onto thousands of declarations and waybills. On the recreated officer's desk in Hall "
            "5 it sits beside a tin ink pad, ready for the next form.\n\n"
            "Rubber stamps were cheaper and quicker to make than the older brass hand stamps (Hall "
            "3, Case 2), and each officer had his or her own, identified by number. A paper label "
            "on the wooden handle gives this one's: No. 52.\n\n"
            "The violet ink has long since dried in the pad, but its colour still stains the "
            "rubber face, and the impression shown beside the stamp was made from it with fresh "
            "ink."
        ),
        "date": "1960s",
        "place": "The capital's central customs house",
        "materials": "Rubber, beech wood, paper label; tin ink pad",
        "dimensions": "Stamp 7 × 6 × 3 cm; pad 11 × 7 cm",
        "provenance": "Collected from an inspection office of the central customs house in 1987.",
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "stamps", "paperwork", "declaration"],
        "fields": {
            "maker": "Stamp workshop of the central customs house",
            "model_name": "Clearance stamp, rectangular, type C",
            "serial_number": "No. 52",
            "purpose": "Marking declarations and waybills as inspected and released.",
        },
        "images": [
            {
                "motif": "rubber_stamp",
                "caption": "The stamp and its ink pad",
                "alt_text": (
                    "A wooden-handled rubber stamp standing next to a small open tin ink pad "
                    "stained violet."
                ),
                "size": [1600, 1400],
            },
            {
                "motif": "rubber_stamp",
                "caption": "An impression of the stamp",
                "alt_text": (
                    "A violet rectangular stamp mark reading 'Inspected - Released' with blank "
                    "spaces for a number and a date."
                ),
                "size": [1400, 1000],
            },
        ],
    },
    {
        "accession_number": "ГТС-0058",
        "kind": "equipment",
        "title": "Registry ledger of incoming consignments",
        "summary": (
            "A bound register in which every consignment was entered by hand; on the recreated "
            "officer's desk it lies open at a page from March 1970."
        ),
        "description": (
            "The registry ledger was the memory of a customs post. Each consignment received a "
            "running number, and its details were written across a double page: date, sender, "
            "goods, seal numbers and the duty paid. This **ledger** covers five years at Eastern "
            "Rail Crossing and holds more than eleven thousand entries.\n\n"
            "On the recreated officer's desk in Hall 5 it lies open at a page from March 1970, "
            "with a pen resting in the fold. The columns include the numbered seals introduced by "
            "the circular of 1962 (Hall 1, Case 3), each one ticked in red when the wagon was "
            "inspected on arrival.\n\n"
            "The spine was repaired at some point with bookbinder's tape, and several pages carry "
            "the rings of coffee cups: evidence, perhaps, of long night shifts under the desk lamp."
        ),
        "date": "1968-1973",
        "place": "Eastern Rail Crossing",
        "materials": "Cloth and board binding, ruled paper, ink",
        "dimensions": "42 × 30 × 6 cm",
        "provenance": "Archive of Eastern Rail Crossing; transferred to the museum in 1988.",
        "credit_line": "Transferred from Eastern Rail Crossing, 1988",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "paperwork", "eastern rail crossing", "seal", "railway"],
        "fields": {
            "maker": "State printing works",
            "model_name": "Register of incoming consignments, form 12",
            "serial_number": "Volume 31",
            "purpose": (
                "Recording every consignment passing through the post, with seal numbers and duty "
                "paid."
            ),
        },
        "images": [
            {
                "motif": "ledger",
                "caption": "The ledger open at March 1970",
                "alt_text": (
                    "A large open ledger with ruled columns of handwritten entries, some ticked in "
                    "red, and a pen lying in the fold."
                ),
                "size": [2000, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1970-04",
        "kind": "equipment",
        "title": "Desk telephone with a direct line to the barrier",
        "summary": (
            "A black rotary telephone with an extra button for the direct line to the barrier, set "
            "on the recreated desk within reach of the officer's hand."
        ),
        "description": (
            "This heavy black **rotary telephone** had two lines: the ordinary exchange line, "
            "dialled in the usual way, and a direct line to the guard box at the barrier, rung by "
            "pressing the red button on its side. On the recreated officer's desk in Hall 5 it "
            "stands at the left, where it could be answered while the right hand went on "
            "writing.\n\n"
            "The direct line meant that the officer at the desk could stop a train or a lorry with "
            'a single call. A card under the dial lists the internal numbers: "Barrier - red '
            'button; Inspection hall - 21; Kennels - 24; Canteen - 27".\n\n'
            "The handset cord has been replaced at least once, and the finger stop of the dial is "
            "worn down to the bare metal. Visitors may lift the receiver to hear a retired "
            "inspector describe a night shift."
        ),
        "date": "ca. 1970",
        "place": "Eastern Rail Crossing",
        "materials": "Bakelite, metal, textile-covered cord, paper card",
        "dimensions": "14 × 22 × 24 cm",
        "provenance": (
            "Removed from the inspection office of the new terminal at Eastern Rail Crossing "
            "during refurbishment in 1991."
        ),
        "credit_line": "Transferred from Eastern Rail Crossing, 1991",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "communication", "eastern rail crossing", "barrier"],
        "fields": {
            "maker": "National Telephone Works",
            "model_name": "Desk set T-64 with auxiliary line key",
            "serial_number": "64-119023",
            "purpose": (
                "Calls on the exchange line and on the direct line to the guard box at the barrier."
            ),
        },
        "images": [
            {
                "motif": "telephone",
                "caption": "The desk telephone",
                "alt_text": (
                    "A black rotary-dial telephone with a red push-button on its side and a small "
                    "typed card under the dial."
                ),
                "size": [1800, 1400],
            },
        ],
    },
    {
        "accession_number": "EQ 1958-09",
        "kind": "equipment",
        "title": "Green-shaded desk lamp",
        "summary": (
            "An adjustable desk lamp that lit the officer's work on night shifts; today it lights "
            "the recreated desk in Hall 5."
        ),
        "description": (
            "Customs posts never closed, and the night shift needed good light for small print and "
            "seal numbers. This **adjustable desk lamp**, with a heavy cast base and a green "
            "enamelled shade, could be swung over the ledger or turned towards a document held up "
            "for a closer look.\n\n"
            "On the recreated officer's desk it is the only working electrical object. It has been "
            "rewired with a safe modern cable and a low-heat bulb, and its light falls across the "
            "open ledger just as it would have on a winter night.\n\n"
            "The shade has a small dent in its rim. Staff of the central customs house used to say "
            "it was made by an inspector who dozed off and knocked it with his forehead; nobody "
            "ever owned up."
        ),
        "date": "1950s",
        "place": "The capital's central customs house",
        "materials": "Cast iron, steel, enamelled shade, brass fittings",
        "dimensions": "Height 45-70 cm, base diameter 18 cm",
        "provenance": "From an office of the capital's central customs house; transferred in 1987.",
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "central customs house"],
        "fields": {
            "maker": "Lumen Metalworks",
            "model_name": "Office lamp No. 5, jointed arm",
            "serial_number": "not marked",
            "purpose": "Lighting the desk for reading documents and writing up registers.",
        },
        "images": [
            {
                "motif": "desk_lamp",
                "caption": "The desk lamp, lit",
                "alt_text": (
                    "A jointed desk lamp with a round cast-iron base and a green enamel shade, "
                    "casting a warm circle of light."
                ),
                "size": [1400, 1800],
            },
        ],
    },
    {
        "accession_number": "ГТС-0063",
        "kind": "equipment",
        "title": "Customs officer's uniform cap",
        "summary": (
            "A peaked cap of the 1970s pattern with the Service badge, left on the recreated desk "
            "as if its owner had just stepped out."
        ),
        "description": (
            "The peaked cap was the most recognisable part of the customs uniform, and the part "
            "travellers remembered. This one follows the pattern introduced in the early 1970s: "
            "dark blue wool with a pale blue band, a black patent-leather peak and the **Service "
            "badge**, a key crossed with a wing, above the peak.\n\n"
            "It belonged to Inspector Tomas Wendry, who served at Eastern Rail Crossing and later "
            "at the capital's central customs house. On the recreated officer's desk in Hall 5 it "
            "lies beside the telephone, as if Wendry had just gone out to the barrier.\n\n"
            "His name and service number are written inside the sweatband in indelible pencil, as "
            "regulations required, and a folded tram ticket from the capital was found tucked "
            "behind the lining."
        ),
        "date": "1974",
        "place": "Eastern Rail Crossing",
        "materials": "Wool cloth, patent leather, metal badge, silk lining",
        "dimensions": "Diameter 26 cm, height 12 cm",
        "provenance": (
            "Kept by Inspector Wendry after his retirement; donated by his daughter in 2008."
        ),
        "credit_line": "Gift of the Wendry family, 2008",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "uniform", "eastern rail crossing"],
        "fields": {
            "maker": "Uniform factory of the State Customs Service",
            "model_name": "Officer's cap, pattern 1972",
            "serial_number": "size 57",
            "purpose": (
                "Part of the officer's service uniform, identifying the wearer as a customs "
                "officer on duty."
            ),
        },
        "images": [
            {
                "motif": "uniform_cap",
                "caption": "Inspector Wendry's cap",
                "alt_text": (
                    "A dark blue peaked cap with a pale blue band, a shiny black peak and a metal "
                    "badge showing a key and a wing."
                ),
                "size": [1800, 1400],
            },
        ],
    },
    {
        "accession_number": "AW-1927/1",
        "kind": "award",
        "title": "Pennant of the first port football match",
        "summary": (
            "A felt pennant commemorating the first organised football match between the customs "
            "officers and the dock workers of the river port."
        ),
        "description": (
            "Football came to the river port with the sailors, and by the 1920s customs officers "
            "and dock workers were kicking a ball about on the meadow behind the warehouses. This "
            "felt **pennant** marks the first organised match between the two sides, played, as "
            'the embroidery says, "for the honour of the port".\n\n'
            "The customs team won 3-2, and the pennant was presented to its captain, Inspector "
            "Arvid Hollis. It is hand-embroidered with a football, two crossed oars and the words "
            '"Customs XI - Dockers XI". Part of the fringe is missing, and the felt has faded '
            "from dark blue to a soft grey-violet.\n\n"
            "The match became an annual fixture that lasted, with a few gaps, until the 1960s. The "
            "pennant is the oldest sports trophy in the museum and opens the awards hall."
        ),
        "date": "1920s",
        "place": "The river port",
        "materials": "Wool felt, silk embroidery, cotton fringe, wooden rod",
        "dimensions": "38 × 24 cm",
        "provenance": "Kept in the river port customs office; transferred in 1987.",
        "credit_line": "Transferred from the river port customs office, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 1",
        "tags": ["sport", "football", "team sport", "river port"],
        "fields": {
            "recipient": (
                "Customs football team of the river port (captain: Inspector Arvid Hollis)"
            ),
            "event": "Match for the honour of the port, customs officers against dock workers",
            "sport": "football",
            "rank": "1st place (won 3-2)",
            "awarded_by": "Committee of the river port sports ground",
        },
        "images": [
            {
                "motif": "pennant",
                "caption": "The football pennant",
                "alt_text": (
                    "A faded triangular felt pennant hanging from a wooden rod, embroidered with a "
                    "football, two crossed oars and a line of lettering, with a partly missing "
                    "fringe."
                ),
                "size": [1400, 1900],
            },
        ],
    },
    {
        "accession_number": "AW-1936/2",
        "kind": "award",
        "title": "Shooting medal of Pavel Orrin",
        "summary": (
            "A silver medal for rifle shooting won by junior inspector Pavel Orrin at the "
            "inter-service shooting match, six months after he joined the Service."
        ),
        "description": (
            "Customs officers carried arms at many posts, and marksmanship was tested every year. "
            "In September 1936 the young **Pavel Orrin**, only six months in the Service, entered "
            "the inter-service shooting match and finished first in the junior rifle class, ahead "
            "of competitors from the police and the other services.\n\n"
            "The medal is struck in silver, with a target and two crossed rifles on the front and "
            "an engraved inscription on the back. It hangs from a ribbon in the Service colours, "
            "dark blue with a pale blue stripe.\n\n"
            "Orrin's service book, which records his whole career from the river port to the "
            "capital, is displayed in Hall 1, Case 2. His family gave the two objects to the "
            "museum together, and the museum's tour links them."
        ),
        "date": "September 1936",
        "place": "The capital",
        "materials": "Silver, silk ribbon",
        "dimensions": "Diameter 3.5 cm; ribbon 5 cm",
        "provenance": "Kept by the Orrin family; donated together with his service book in 1998.",
        "credit_line": "Gift of the Orrin family, 1998",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 1",
        "tags": ["sport", "shooting", "medal", "personnel"],
        "fields": {
            "recipient": "Junior Inspector Pavel Orrin",
            "event": "Inter-Service Shooting Match",
            "sport": "shooting",
            "rank": "1st place, junior rifle class",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "medal",
                "caption": "Front of the medal",
                "alt_text": (
                    "A round silver medal showing a target with two crossed rifles, hanging from a "
                    "dark blue ribbon with a pale stripe."
                ),
                "size": [1400, 1400],
            },
            {
                "motif": "medal",
                "caption": "The engraved reverse",
                "alt_text": (
                    "The back of a silver medal with a few lines of small engraved lettering."
                ),
                "size": [1400, 1400],
            },
        ],
    },
    {
        "accession_number": "AW-1955/1",
        "kind": "award",
        "title": "Challenge cup for team wrestling",
        "summary": (
            "A large silver-plated challenge cup won outright by the customs wrestling team after "
            "three consecutive victories at the Law-Enforcement Services Games."
        ),
        "description": (
            "This is the grandest trophy in the hall. The **challenge cup** for team wrestling "
            "passed each year to the winning service and could be kept for good only by a team "
            "that won it three times in a row. The customs team did exactly that in 1953, 1954 and "
            "1955, and the cup has stayed with the Service ever since.\n\n"
            "The team's anchor was **Lev Marrok**, a heavyweight inspector from the river port who "
            "was unbeaten in all three tournaments. The winners of each year are engraved on small "
            "shields around the base: the police, the border guards, the police again, and then "
            'three times in a row "State Customs Service".\n\n'
            "After the final victory the team carried the cup around the river port on their "
            "shoulders, and a dent in the lid is said to date from that evening."
        ),
        "date": "1955",
        "place": "The capital's sports palace",
        "materials": "Silver-plated brass, ebonised wooden base, engraved shields",
        "dimensions": "Height 58 cm, width 32 cm",
        "provenance": (
            "Kept in the Director General's office at the central customs house; transferred in "
            "1987."
        ),
        "credit_line": "Transferred from the capital's central customs house, 1987",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 1",
        "tags": ["sport", "wrestling", "team sport", "cup"],
        "featured": True,
        "fields": {
            "recipient": "Wrestling team of the State Customs Service",
            "event": "Law-Enforcement Services Games, team wrestling",
            "sport": "wrestling",
            "rank": "1st place (cup won outright after three victories)",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "cup",
                "caption": "The challenge cup",
                "alt_text": (
                    "A tall two-handled silver cup with a domed lid on a dark wooden base ringed "
                    "with small engraved shields."
                ),
                "size": [1400, 1900],
            },
            {
                "motif": "cup",
                "caption": "Detail: the winners' shields on the base",
                "alt_text": (
                    "A close view of small silver shields on a black base, each engraved with a "
                    "year and a name."
                ),
                "size": [1600, 1200],
            },
        ],
    },
    {
        "accession_number": "AW-1963/4",
        "kind": "award",
        "title": "Relay medal of the Eastern Rail Crossing team",
        "summary": (
            "A bronze medal for the 4 × 400 metres relay, won by four inspectors from Eastern Rail "
            "Crossing."
        ),
        "description": (
            "Running was the sport of the railway posts. Inspectors at Eastern Rail Crossing spent "
            "their shifts walking the length of goods trains, and four of them formed a **4 × 400 "
            "metres relay** team. At the athletics championship of the law-enforcement services in "
            "1963 they took the bronze, beaten only by two teams from the police academy.\n\n"
            "Four identical medals were struck for the team; this one belonged to the anchor "
            "runner, Inspector Matti Rask. The medal shows a runner breasting the tape, and the "
            "reverse is engraved with the event and the year.\n\n"
            "The team trained, so the story goes, by racing the shunting engine along the sidings: "
            "a practice the senior inspector officially forbade and privately timed with a "
            "stopwatch."
        ),
        "date": "1963",
        "place": "The capital's central stadium",
        "materials": "Bronze, silk ribbon",
        "dimensions": "Diameter 4 cm",
        "provenance": "Donated by the runner in 1994.",
        "credit_line": "Gift of Matti Rask, 1994",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 2",
        "tags": ["sport", "athletics", "medal", "eastern rail crossing"],
        "fields": {
            "recipient": "Inspector Matti Rask, relay team of Eastern Rail Crossing",
            "event": "Athletics Championship of the Law-Enforcement Services",
            "sport": "athletics",
            "rank": "3rd place, 4 × 400 m relay",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "medal",
                "caption": "The bronze relay medal",
                "alt_text": (
                    "A bronze medal showing a runner crossing a finishing tape, on a striped "
                    "ribbon."
                ),
                "size": [1400, 1400],
            },
        ],
    },
    {
        "accession_number": "AW-1972/2",
        "kind": "award",
        "title": "Chess diploma of clerk Yuri Pellan",
        "summary": (
            "A printed diploma awarded to registry clerk Yuri Pellan for winning the chess "
            "tournament of the law-enforcement services without losing a game."
        ),
        "description": (
            "Not every champion of the Service was a wrestler or a runner. **Yuri Pellan**, a "
            "registry clerk at the capital's central customs house, won the chess tournament of "
            "the law-enforcement services in 1972 with seven wins and four draws in eleven rounds, "
            "and not a single loss.\n\n"
            "The diploma is printed in two colours with a chessboard border and signed by the "
            "tournament's chief arbiter. On the back Pellan noted, in his small neat hand, the "
            "final position of his decisive game: a rook endgame that he won after sixty-one "
            "moves.\n\n"
            "Colleagues recalled that he kept a pocket chess set in his desk drawer and played "
            "correspondence games with officers at distant posts, sending his moves through the "
            "Service's internal mail."
        ),
        "date": "November 1972",
        "place": "The capital's officers' club",
        "materials": "Two-colour print on card, ink signature and notes",
        "dimensions": "30 × 21 cm",
        "provenance": "Found among Pellan's papers and donated by his son in 2004.",
        "credit_line": "Gift of the Pellan family, 2004",
        "rights": "Public domain (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 2",
        "tags": ["sport", "chess", "central customs house", "certificate"],
        "fields": {
            "recipient": "Yuri Pellan, registry clerk of the capital's central customs house",
            "event": "Chess Tournament of the Law-Enforcement Services",
            "sport": "chess",
            "rank": "1st place",
            "awarded_by": "Chess section of the Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "certificate",
                "caption": "The chess diploma",
                "alt_text": (
                    "A printed diploma with a black-and-white chessboard border, a handwritten "
                    "name in the centre and a signature at the bottom."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "AW-1981/5",
        "kind": "award",
        "title": "Volleyball cup of the central customs house women's team",
        "summary": (
            "A tall cup won by the women's volleyball team of the capital's central customs house "
            "at the Law-Enforcement Services Games."
        ),
        "description": (
            "The women inspectors of the passenger hall at the capital's central customs house, "
            "whose canteen photograph hangs in Hall 2, formed a **volleyball team** in the late "
            "1970s and trained after their shifts in the gymnasium of a nearby school. In 1981 "
            "they won the women's tournament of the Law-Enforcement Services Games.\n\n"
            "The cup is a slender goblet on a turned wooden base, topped with a small enamelled "
            "volleyball. A silk ribbon in the team's colours is tied to one handle, and a card "
            "listing the players' names is tucked into the base.\n\n"
            "The team's captain, Rosa Hallin, was also the photographer of the canteen picture: "
            "she set the self-timer and ran to join her shift at the table."
        ),
        "date": "1981",
        "place": "The capital's sports palace",
        "materials": "Nickel-plated brass, enamel, wood, silk ribbon",
        "dimensions": "Height 42 cm",
        "provenance": "Kept in the staff club of the central customs house; transferred in 1992.",
        "credit_line": "Transferred from the Service staff club, 1992",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 2",
        "tags": ["sport", "volleyball", "team sport", "women in customs", "cup"],
        "fields": {
            "recipient": (
                "Women's volleyball team of the capital's central customs house (captain: Rosa "
                "Hallin)"
            ),
            "event": "Law-Enforcement Services Games, women's volleyball",
            "sport": "volleyball",
            "rank": "1st place",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "cup",
                "caption": "The volleyball cup",
                "alt_text": (
                    "A slender silver-coloured goblet on a round wooden base, with a small "
                    "enamelled ball on its lid and a ribbon tied to one handle."
                ),
                "size": [1400, 1900],
            },
        ],
    },
    {
        "accession_number": "AW-1986/1",
        "kind": "award",
        "title": "Boxing plaque of Officer Danek Rouss",
        "summary": (
            "An oak plaque with a bronze relief of two boxers, awarded to Officer Danek Rouss of "
            "Northern Road Post No. 3 for winning the middleweight final."
        ),
        "description": (
            "**Danek Rouss** served at Northern Road Post No. 3 and boxed for the customs club in "
            "his spare time. At the boxing championship of the law-enforcement services in 1986 he "
            "won the middleweight title, stopping his opponent in the third round of the final.\n\n"
            "Instead of medals, the champions received **plaques**: a shield of polished oak with "
            "a cast bronze relief of two boxers and an engraved brass plate naming the weight "
            "class and the winner. The hanging loop on the back is a bent nail, added by Rouss "
            "himself to put the plaque up on the wall of the post's rest room.\n\n"
            "It hung there for almost twenty years, until the post closed in 2004; the photograph "
            "of that last evening is in Hall 2, Case 5."
        ),
        "date": "1986",
        "place": "The capital",
        "materials": "Oak, cast bronze, engraved brass",
        "dimensions": "32 × 24 × 2 cm",
        "provenance": (
            "Taken down from the rest room of Northern Road Post No. 3 when the post closed in "
            "2004."
        ),
        "credit_line": "Transferred from Northern Road Post No. 3, 2004",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 3",
        "tags": ["sport", "boxing", "northern road post"],
        "fields": {
            "recipient": "Officer Danek Rouss, Northern Road Post No. 3",
            "event": "Boxing Championship of the Law-Enforcement Services",
            "sport": "boxing",
            "rank": "1st place, middleweight",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "plaque",
                "caption": "The boxing plaque",
                "alt_text": (
                    "A shield-shaped oak plaque with a bronze relief of two boxers facing each "
                    "other above a small engraved brass plate."
                ),
                "size": [1400, 1800],
            },
        ],
    },
    {
        "accession_number": "AW-1998/3",
        "kind": "award",
        "title": "Team pistol trophy and diploma",
        "summary": (
            "The trophy and diploma for first place in the team pistol event, won by a customs "
            "team led by Senior Inspector Elna Sarvik."
        ),
        "description": (
            "Sixty-two years after Pavel Orrin's rifle medal (Case 1), customs shooters were once "
            "again the best of the law-enforcement services. In 1998 a team of four, captained by "
            "**Senior Inspector Elna Sarvik** of the river port, won the team pistol event with "
            "1,142 points out of a possible 1,200, a championship record.\n\n"
            "The trophy is a modern cup of brushed steel on a black stone base, with a target "
            "engraved on the bowl. It came with a printed **diploma** signed by the championship "
            "jury, shown alongside, and each member of the team received a small enamel pin; "
            "Sarvik's is mounted on the diploma.\n\n"
            "Sarvik went on to coach the Service's shooting team for ten years. When the museum "
            'asked her for "one object that sums up customs sport", she chose this trophy.'
        ),
        "date": "1998",
        "place": "The capital's shooting range",
        "materials": "Brushed steel, black stone; diploma printed on card with enamel pin",
        "dimensions": "Cup height 36 cm; diploma 29.7 × 21 cm",
        "provenance": "Kept by the team captain; donated in 2008.",
        "credit_line": "Gift of Elna Sarvik, 2008",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 3",
        "tags": ["sport", "shooting", "team sport", "women in customs", "cup"],
        "featured": True,
        "fields": {
            "recipient": "Customs pistol team (captain: Senior Inspector Elna Sarvik)",
            "event": "Shooting Championship of the Law-Enforcement Services",
            "sport": "shooting",
            "rank": "1st place, team pistol",
            "awarded_by": "Sports Committee of the Law-Enforcement Services",
        },
        "images": [
            {
                "motif": "cup",
                "caption": "The team pistol trophy",
                "alt_text": (
                    "A modern brushed-steel cup engraved with a target, standing on a polished "
                    "black stone base."
                ),
                "size": [1400, 1800],
            },
            {
                "motif": "certificate",
                "caption": "The accompanying diploma",
                "alt_text": (
                    "A printed diploma with four names, a jury signature and a small enamel pin "
                    "fixed near the bottom edge."
                ),
                "size": [1600, 2200],
            },
        ],
    },
    {
        "accession_number": "AW-2007/1",
        "kind": "award",
        "title": "Half-marathon medal of Inspector Mira Ostrand",
        "summary": (
            "A gilded medal for the women's half marathon, won by Inspector Mira Ostrand at the "
            "Law-Enforcement Services Games."
        ),
        "description": (
            "The youngest award in the collection belongs to **Mira Ostrand**, an inspector at the "
            "new highway post that replaced Northern Road Post No. 3. In 2007 she won the women's "
            "half marathon at the Law-Enforcement Services Games, running the course in 1 hour 18 "
            "minutes.\n\n"
            "The medal is a modern design in gilded alloy with a cut-out runner, hung on a broad "
            "printed ribbon. Ostrand trained on the northern road itself, running up the old pass "
            "to the site of the closed post and back down again.\n\n"
            "Placed at the end of the awards hall, the medal closes a story that begins with a "
            "felt football pennant from the 1920s: eighty years of customs officers testing "
            "themselves against colleagues from the other services."
        ),
        "date": "2007",
        "place": "The capital",
        "materials": "Gilded zinc alloy, printed polyester ribbon",
        "dimensions": "Diameter 7 cm",
        "provenance": "Donated by the athlete in 2010.",
        "credit_line": "Gift of Mira Ostrand, 2010",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 4",
        "location_case": "Case 3",
        "tags": ["sport", "athletics", "medal", "women in customs", "northern road post"],
        "fields": {
            "recipient": "Inspector Mira Ostrand",
            "event": "Law-Enforcement Services Games, women's half marathon",
            "sport": "athletics",
            "rank": "1st place",
            "awarded_by": "Organising Committee of the Law-Enforcement Services Games",
        },
        "images": [
            {
                "motif": "medal",
                "caption": "The half-marathon medal",
                "alt_text": (
                    "A large gold-coloured medal with a cut-out figure of a runner, hanging from a "
                    "wide printed ribbon."
                ),
                "size": [1400, 1400],
            },
        ],
    },
    {
        "accession_number": "ENS-0001",
        "kind": "ensemble",
        "title": "The desk of a customs officer",
        "summary": (
            "A recreated registry desk of a customs officer of the 1960s and 1970s, assembled from "
            "six original objects that are each catalogued in their own right."
        ),
        "description": (
            "This corner of Hall 5 recreates the desk of a **customs officer of the 1960s and "
            "1970s**, as it might have looked in the registry office of Eastern Rail Crossing on a "
            "winter evening. No single officer's desk survived intact, so the museum assembled "
            "this one from original objects, guided by staff photographs and the memories of "
            "retired officers.\n\n"
            "Each object on the desk is an exhibit in its own right:\n\n"
            "- the wide-carriage **typewriter**, still with its last sheet in the roller;\n"
            "- the **registry ledger**, open at a page from March 1970;\n"
            '- the rubber **stamp** "Inspected - Released" and its ink pad;\n'
            "- the black **telephone** with its direct line to the barrier;\n"
            "- the green-shaded **desk lamp**, the only light in the room;\n"
            "- Inspector Wendry's **uniform cap**, put down as if he had just stepped out.\n\n"
            "The desk itself is a standard oak office desk of the period with a worn leather top. "
            "The chair, the wastepaper basket and the wall calendar are period pieces acquired for "
            "the setting and are not catalogued separately.\n\n"
            "Visitors are welcome to sit in the chair and lift the telephone receiver, which plays "
            "a retired inspector's account of a typical night shift."
        ),
        "date": "1960s-1970s",
        "place": "Eastern Rail Crossing (recreated)",
        "materials": (
            "Oak desk with leather top; original objects of metal, wood, paper, bakelite and cloth"
        ),
        "dimensions": "Desk 76 × 140 × 75 cm",
        "provenance": (
            "Assembled by the museum in 2012 from objects transferred or donated between 1987 and "
            "2008."
        ),
        "credit_line": "Museum installation, 2012",
        "rights": "Photograph © museum (sample content for demonstration)",
        "location_hall": "Hall 5",
        "location_case": "Desk setting",
        "tags": ["officer's desk", "eastern rail crossing", "paperwork"],
        "featured": True,
        "fields": {},
        "images": [
            {
                "motif": "desk",
                "caption": "The recreated desk, high-resolution view",
                "alt_text": (
                    "An oak office desk lit by a green-shaded lamp, with a typewriter, an open "
                    "ledger, a black telephone, a rubber stamp and a peaked cap arranged on its "
                    "top."
                ),
                "size": [4400, 2900],
            },
            {
                "motif": "desk",
                "caption": "The view from the officer's chair",
                "alt_text": (
                    "A close view across a desk top towards a typewriter and a telephone, with an "
                    "open ledger and a pen in the foreground."
                ),
                "size": [2000, 1400],
            },
        ],
        "parts": ["EQ 1962-07", "ГТС-0058", "EQ 1965-11", "EQ 1970-04", "EQ 1958-09", "ГТС-0063"],
    },
]

GALLERIES: list[Gallery] = [
    {
        "slug": "paper-trail",
        "title": "The Paper Trail",
        "introduction": (
            "Customs work has always been written down. Every barrel that crossed the border, "
            "every officer who joined the Service and every new rule left a trace on paper, and a "
            "surprising amount of that paper survived in registry cupboards, ledger covers and "
            "family drawers.\n\n"
            "This gallery follows the paper trail from the **decree of 1924** that founded a "
            "mountain post to the first declaration printed by a computer in 1993. Along the way "
            "you will meet a barge master who miscounted his crates, a broker who knew the tariff "
            "by heart, and an inspector whose whole career fits into a booklet the size of a hand."
        ),
        "theme": "archive",
        "cover": "DOC-1924/01",
        "exhibits": [
            "DOC-1924/01",
            "MAP-1952/01",
            "DOC-1928/07",
            "DOC-1947/11",
            "DOC-1993/02",
            "DOC-1936/04",
            "KP-1939/02",
            "DOC-1962/05",
            "ГТС-0012",
            "KP-1975/12",
            "DOC-1971/05",
        ],
    },
    {
        "slug": "faces-and-frontiers",
        "title": "Faces and Frontiers",
        "introduction": (
            "The photographs in this gallery were taken by studio professionals, magazine "
            "photographers and officers with cameras of their own. Together they show the three "
            "great gateways of the Service (**the river port**, **Northern Road Post No. 3** and "
            "**Eastern Rail Crossing**) and, above all, the people who worked there.\n\n"
            "We begin high above the river port and end on the snowy road beside the railway, "
            "passing a formal staff portrait, a canteen tea break and the last evening of a "
            "mountain post on the way."
        ),
        "theme": "darkroom",
        "cover": "PH-0072",
        "exhibits": [
            "PH-0072",
            "PH-0080",
            "PH-0047",
            "PH-0034",
            "ГТС-0031",
            "PH-0021",
            "PH-0063",
            "PH-0102",
            "PH-0058",
            "PH-0095",
        ],
    },
    {
        "slug": "tools-of-the-trade",
        "title": "Tools of the Trade",
        "introduction": (
            "A customs officer needed to weigh, to look, to mark and to report. The tools in this "
            "gallery did exactly that, and most of them did it for decades, passed from one "
            "officer to the next until they were worn bright at the grip.\n\n"
            "The order follows a consignment through a post: it is written up, sealed, weighed and "
            "stamped, then inspected from a distance and close up, while news of it travels by "
            "radio and, finally, by typewriter."
        ),
        "theme": "workshop",
        "cover": "EQ 1923-01",
        "exhibits": [
            "EQ 1921-04",
            "EQ 1923-01",
            "EQ 1938-05",
            "EQ 1949-03",
            "EQ 1978-02",
            "EQ 1955-02",
            "ГТС-0047",
            "EQ 1962-07",
        ],
    },
    {
        "slug": "on-the-podium",
        "title": "On the Podium",
        "introduction": (
            "For eighty years customs officers have measured themselves against colleagues from "
            "the police and the other law-enforcement services, on football pitches and shooting "
            "ranges, in wrestling halls and over the chessboard.\n\n"
            "This gallery pairs old and new: a marksman of 1936 with the record-breaking pistol "
            "team of 1998, the wrestlers of the 1950s with a boxer from the mountain post, the "
            "relay runners of 1963 with a half-marathon champion of 2007. It opens with the "
            "**oldest trophy** in the museum and ends with a quiet victory won without losing a "
            "single game."
        ),
        "theme": "trophy",
        "cover": "AW-1955/1",
        "exhibits": [
            "AW-1927/1",
            "AW-1936/2",
            "AW-1998/3",
            "AW-1955/1",
            "AW-1986/1",
            "AW-1963/4",
            "AW-2007/1",
            "AW-1981/5",
            "AW-1972/2",
        ],
    },
    {
        "slug": "the-night-shift",
        "title": "The Night Shift",
        "introduction": (
            "Step into the registry office of Eastern Rail Crossing on a winter evening in the "
            "early 1970s. The lamp is lit, the ledger is open and the officer's cap lies on the "
            "desk: its owner has just gone out to the barrier.\n\n"
            "This gallery takes the **recreated desk** apart object by object, in the order the "
            "officer would have reached for them: light first, then the register, the typewriter, "
            "the stamp and the telephone. It ends with one of the forms that passed across this "
            "desk by the thousand."
        ),
        "theme": "office",
        "cover": "ENS-0001",
        "exhibits": [
            "ENS-0001",
            "EQ 1958-09",
            "ГТС-0058",
            "EQ 1962-07",
            "EQ 1965-11",
            "EQ 1970-04",
            "ГТС-0063",
            "ГТС-0012",
        ],
    },
]

TOURS: list[Tour] = [
    {
        "slug": "a-walk-through-the-museum",
        "title": "A walk through the museum",
        "introduction": (
            "This tour takes about forty minutes and visits all five halls, from the founding "
            "decree of a mountain post to the desk of an officer on the night shift. On the way "
            "you will meet a few people more than once: keep an eye out for **Pavel Orrin**, and "
            "for the **river port** before and after its great flood.\n\n"
            "All of the people and places in this museum are invented for demonstration purposes."
        ),
        "stops": [
            {
                "exhibit": "DOC-1924/01",
                "title": "Where it all began",
                "narration": (
                    "We start with two typed pages from 1924. With this decree the Director "
                    "General created a customs post on the northern mountain road and listed "
                    "everything it needed, down to the stove and the winter fuel. Keep the list in "
                    "mind: one of the items on it is waiting for us in Hall 3."
                ),
                "room": "Hall 1",
                "showcase": "Case 1",
            },
            {
                "exhibit": "DOC-1936/04",
                "title": "A career in a small book",
                "narration": (
                    "This little cloth booklet followed Pavel Orrin for twelve years, from the "
                    "river port to the railway crossing and on to the capital. It records his "
                    "promotions, a commendation and one rather embarrassing reprimand. Remember "
                    "his name: we will meet him again in the awards hall."
                ),
                "room": "Hall 1",
                "showcase": "Case 2",
            },
            {
                "exhibit": "MAP-1952/01",
                "title": "The port on paper",
                "narration": (
                    "Here is the whole customs zone of the river port, drawn by hand and coloured "
                    "in watercolour. Find number 3 on the lower quay: the old bonded warehouse. "
                    "This map is the only plan of it that survives, and in a moment you will see "
                    "why."
                ),
                "room": "Hall 1",
                "showcase": "Case 5",
            },
            {
                "exhibit": "PH-0072",
                "title": "The view from the grain elevator",
                "narration": (
                    "Now we see the same port from above, in four photographs joined together. "
                    "Follow the quays from left to right and you will find the customs house, the "
                    "cranes and, at the very edge, the long roof of the warehouse you found on the "
                    "map."
                ),
                "room": "Hall 2",
                "showcase": "Case 3",
            },
            {
                "exhibit": "PH-0080",
                "title": "Before the flood",
                "narration": (
                    "This is the warehouse itself, in the only close-up photograph we have. Nobody "
                    "knows when it was taken; the back simply says 'before the flood', and that is "
                    "how we date it. In May 1971 the river came over the quay, and the building "
                    "never reopened."
                ),
                "room": "Hall 2",
                "showcase": "Case 4",
            },
            {
                "exhibit": "EQ 1923-01",
                "title": "The seal press from the decree",
                "narration": (
                    "Do you remember the list in the decree of 1924? This cast-iron seal press is "
                    "almost certainly the one sent up to the northern road post. For forty years "
                    "it squeezed lead seals shut on sacks, crates and wagon doors, and the post "
                    "kept it long after it was supposed to send it back."
                ),
                "room": "Hall 3",
                "showcase": "Case 1",
            },
            {
                "exhibit": "ГТС-0047",
                "title": "Calling the barrier",
                "narration": (
                    "With this radio set, patrols in the mountains could finally talk to the post "
                    "instead of walking back to it. Look inside the lid for the call signs: the "
                    "post was BARRIER, the patrols were LYNX, and the district office was, rather "
                    "affectionately, MOTHER."
                ),
                "room": "Hall 3",
                "showcase": "Case 4",
            },
            {
                "exhibit": "AW-1936/2",
                "title": "A young marksman",
                "narration": (
                    "Here is Pavel Orrin again. Only six months after joining the Service, he won "
                    "this silver medal for rifle shooting, ahead of competitors from all the other "
                    "services. His family gave the medal and the service book to the museum "
                    "together."
                ),
                "room": "Hall 4",
                "showcase": "Case 1",
            },
            {
                "exhibit": "AW-1955/1",
                "title": "Three times in a row",
                "narration": (
                    "This is the largest trophy in the museum. A challenge cup could only be kept "
                    "by a team that won it three years running, and the customs wrestlers did just "
                    "that between 1953 and 1955. Look for the little dent in the lid, said to come "
                    "from the celebration at the river port."
                ),
                "room": "Hall 4",
                "showcase": "Case 1",
            },
            {
                "exhibit": "ENS-0001",
                "title": "The officer's desk",
                "narration": (
                    "We end in the registry office of Eastern Rail Crossing, around 1970. The lamp "
                    "is on, the ledger is open and the cap is on the desk, as if the officer has "
                    "just stepped out to the barrier. Sit down, lift the telephone receiver, and "
                    "let a retired inspector tell you about the night shift."
                ),
                "room": "Hall 5",
                "showcase": "Desk setting",
            },
        ],
    },
]
