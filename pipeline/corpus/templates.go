package corpus

// Sentence templates by language. {key} marks a value (see sheet.sentence);
// the keys each kind fills are listed with its templates.

// medicalProse are the paragraphs of a medical summary: intro, history,
// findings, course, discharge, plan. Keys: name, dob, age, hosp, adm, dx,
// hx, gp, pron, bp, temp, title, last, doc, dis, fu, doc2, phone, sex.
var medicalProse = map[string][6]string{
	"en": {
		"{name}, born on {dob}, a {age}-year-old {sex}, was admitted to {hosp} on {adm} with {dx}.",
		"The patient has a history of {hx} and was referred by Dr {gp}.",
		"On examination {pron} was alert and oriented; blood pressure was {bp} mmHg and temperature {temp} °C.",
		"{title} {last} was treated under the care of Dr {doc} and improved steadily.",
		"The patient was discharged home on {dis} in a stable condition.",
		"Please arrange a follow-up appointment on {fu}; questions may be directed to {doc2} on {phone}.",
	},
	"de": {
		"{name}, geboren am {dob}, wurde am {adm} im Alter von {age} Jahren mit {dx} im {hosp} aufgenommen.",
		"Anamnestisch bestehen {hx}; die Einweisung erfolgte durch Dr. {gp}.",
		"Bei Aufnahme war der Patient wach und orientiert, Blutdruck {bp} mmHg, Temperatur {temp} °C.",
		"Unter der Behandlung durch Dr. {doc} besserte sich der Zustand von {title} {last} rasch.",
		"Die Entlassung erfolgte am {dis} in stabilem Allgemeinzustand.",
		"Eine Wiedervorstellung ist am {fu} geplant; Rückfragen bitte an {doc2} unter {phone}.",
	},
	"fr": {
		"{name}, né(e) le {dob}, âgé(e) de {age} ans, a été hospitalisé(e) le {adm} pour {dx}.",
		"Parmi ses antécédents on note {hx} ; le patient nous a été adressé par le Dr {gp}.",
		"À l'entrée, le patient était conscient et orienté, tension artérielle {bp} mmHg, température {temp} °C.",
		"{title} {last} a été pris(e) en charge par le Dr {doc} avec une évolution favorable.",
		"La sortie a eu lieu le {dis} dans un état stable.",
		"Un rendez-vous de contrôle est prévu le {fu} ; pour toute question, contacter {doc2} au {phone}.",
	},
	"es": {
		"{name}, nacido/a el {dob}, de {age} años, ingresó en el {hosp} el {adm} por {dx}.",
		"Como antecedentes presenta {hx}; fue remitido/a por el Dr. {gp}.",
		"A la exploración el paciente estaba consciente y orientado, tensión arterial {bp} mmHg, temperatura {temp} °C.",
		"{title} {last} fue tratado/a por el Dr. {doc} con buena evolución.",
		"Se dio de alta el {dis} en situación estable.",
		"Se programa revisión el {fu}; para consultas contactar con {doc2} en el {phone}.",
	},
	"it": {
		"{name}, nato/a il {dob}, di {age} anni, è stato/a ricoverato/a presso {hosp} il {adm} per {dx}.",
		"In anamnesi si segnalano {hx}; inviato/a dal medico curante dott. {gp}.",
		"All'ingresso il paziente era vigile e orientato, pressione arteriosa {bp} mmHg, temperatura {temp} °C.",
		"{title} {last} è stato/a seguito/a dal dott. {doc} con decorso regolare.",
		"È stato/a dimesso/a il {dis} in condizioni stabili.",
		"Si programma un controllo il {fu}; per informazioni contattare {doc2} al numero {phone}.",
	},
}

// diagnoses and histories are non-personal medical phrases.
var diagnoses = map[string][]string{
	"en": {"community-acquired pneumonia", "acute appendicitis", "a fractured left wrist", "chest pain", "acute kidney injury"},
	"de": {"ambulant erworbener Pneumonie", "akuter Appendizitis", "distaler Radiusfraktur links", "Thoraxschmerzen", "akutem Nierenversagen"},
	"fr": {"une pneumopathie communautaire", "une appendicite aiguë", "une fracture du poignet gauche", "des douleurs thoraciques", "une insuffisance rénale aiguë"},
	"es": {"neumonía adquirida en la comunidad", "apendicitis aguda", "fractura de muñeca izquierda", "dolor torácico", "insuficiencia renal aguda"},
	"it": {"polmonite comunitaria", "appendicite acuta", "frattura del polso sinistro", "dolore toracico", "insufficienza renale acuta"},
}

var histories = map[string][]string{
	"en": {"hypertension and type 2 diabetes", "asthma since childhood", "atrial fibrillation", "chronic obstructive pulmonary disease"},
	"de": {"eine arterielle Hypertonie und ein Diabetes mellitus Typ 2", "ein Asthma bronchiale", "ein Vorhofflimmern", "eine chronisch obstruktive Lungenerkrankung"},
	"fr": {"une hypertension artérielle et un diabète de type 2", "un asthme depuis l'enfance", "une fibrillation auriculaire", "une BPCO"},
	"es": {"hipertensión arterial y diabetes tipo 2", "asma desde la infancia", "fibrilación auricular", "EPOC"},
	"it": {"ipertensione arteriosa e diabete di tipo 2", "asma dall'infanzia", "fibrillazione atriale", "BPCO"},
}

// hospitalNames are patterns of hospital names: {last} a family name,
// {town} a town.
var hospitalNames = map[string][]string{
	"en": {"St {last} Hospital", "{town} General Hospital", "{last} Memorial Hospital"},
	"de": {"Klinikum {town}", "St.-{last}-Krankenhaus", "Kreisklinik {town}"},
	"fr": {"Hôpital {last}", "Centre hospitalier de {town}", "Clinique {last}"},
	"es": {"Hospital {last}", "Hospital Universitario de {town}", "Clínica {last}"},
	"it": {"Ospedale {last}", "Policlinico di {town}", "Casa di Cura {last}"},
}

// letterProse are a letter's body sentences. Keys: date, policy, amount,
// name2, phone, email.
var letterProse = map[string][4]string{
	"en": {
		"Thank you for your letter of {date} regarding policy number {policy}.",
		"We have reviewed your claim and are pleased to confirm a payment of {amount}, which will be credited to your account within ten working days.",
		"Your contact for this matter is {name2}, who can be reached on {phone} or at {email}.",
		"Please quote your reference in all correspondence and let us know if any of your details change.",
	},
	"de": {
		"vielen Dank für Ihr Schreiben vom {date} zu Ihrer Versicherungsnummer {policy}.",
		"Wir haben Ihren Antrag geprüft und überweisen Ihnen einen Betrag von {amount} innerhalb von zehn Werktagen.",
		"Bei Rückfragen erreichen Sie {name2} unter {phone} oder per E-Mail an {email}.",
		"Bitte geben Sie bei allen Schreiben unser Zeichen an und teilen Sie uns Änderungen Ihrer Daten mit.",
	},
	"fr": {
		"Nous accusons réception de votre courrier du {date} concernant le contrat n° {policy}.",
		"Après examen de votre dossier, nous avons le plaisir de vous confirmer le versement de {amount} sous dix jours ouvrés.",
		"Votre interlocuteur, {name2}, reste à votre disposition au {phone} ou par courriel à {email}.",
		"Nous vous prions de rappeler cette référence dans toute correspondance.",
	},
	"es": {
		"Le agradecemos su carta del {date} relativa a la póliza n.º {policy}.",
		"Tras revisar su solicitud, le confirmamos el abono de {amount} en un plazo de diez días hábiles.",
		"Para cualquier consulta puede dirigirse a {name2} en el teléfono {phone} o en {email}.",
		"Le rogamos que indique esta referencia en toda la correspondencia.",
	},
	"it": {
		"La ringraziamo per la Sua lettera del {date} relativa alla polizza n. {policy}.",
		"Esaminata la pratica, Le confermiamo il pagamento di {amount} entro dieci giorni lavorativi.",
		"Per qualsiasi chiarimento può contattare {name2} al numero {phone} oppure all'indirizzo {email}.",
		"La preghiamo di citare questo riferimento in ogni comunicazione.",
	},
}

// salutations are "Dear Mr {last}," in each language: male, female.
var salutations = map[string][2]string{
	"en": {"Dear Mr {last},", "Dear Ms {last},"},
	"de": {"Sehr geehrter Herr {last},", "Sehr geehrte Frau {last},"},
	"fr": {"Monsieur {last},", "Madame {last},"},
	"es": {"Estimado Sr. {last}:", "Estimada Sra. {last}:"},
	"it": {"Gentile Sig. {last},", "Gentile Sig.ra {last},"},
}

// subjects are letter subjects (non-personal).
var subjects = map[string][]string{
	"en": {"Your claim", "Change of address", "Annual policy review", "Your recent enquiry"},
	"de": {"Ihr Leistungsantrag", "Adressänderung", "Jährliche Vertragsübersicht", "Ihre Anfrage"},
	"fr": {"Votre demande de remboursement", "Changement d'adresse", "Bilan annuel de votre contrat", "Votre demande"},
	"es": {"Su solicitud de reembolso", "Cambio de domicilio", "Revisión anual de su póliza", "Su consulta"},
	"it": {"La Sua richiesta di rimborso", "Cambio di indirizzo", "Riepilogo annuale della polizza", "La Sua richiesta"},
}

// invoicePay is the payment sentence of an invoice: with an IBAN, or
// (where IBANs are not used) an account number. Keys: due, iban, acct,
// bankcode, inv.
var invoicePay = map[string][2]string{
	"en": {"Please pay the total by {due} to IBAN {iban}, quoting invoice number {inv}.",
		"Please pay the total by {due} to account {acct} ({bankcode}), quoting invoice number {inv}."},
	"de": {"Bitte überweisen Sie den Gesamtbetrag bis zum {due} auf das Konto IBAN {iban} unter Angabe der Rechnungsnummer {inv}.", ""},
	"fr": {"Merci de régler le montant total avant le {due} par virement sur l'IBAN {iban} en rappelant la facture n° {inv}.", ""},
	"es": {"Rogamos abonen el importe total antes del {due} en la cuenta IBAN {iban}, indicando el número de factura {inv}.", ""},
	"it": {"Si prega di saldare l'importo entro il {due} tramite bonifico sull'IBAN {iban}, indicando il numero di fattura {inv}.", ""},
}

// declarations close an application form. Key: name.
var declarations = map[string]string{
	"en": "I, {name}, declare that the information given in this form is true and complete.",
	"de": "Ich, {name}, versichere, dass die Angaben in diesem Fragebogen vollständig und wahrheitsgemäß sind.",
	"fr": "Je soussigné(e), {name}, certifie l'exactitude des renseignements fournis ci-dessus.",
	"es": "Yo, {name}, declaro que los datos facilitados en esta solicitud son ciertos y completos.",
	"it": "Il/La sottoscritto/a {name} dichiara che le informazioni fornite sono veritiere e complete.",
}

// statementNote closes a bank statement. Key: phone.
var statementNote = map[string]string{
	"en": "Please check this statement and tell us about any entry you do not recognise by calling {phone}.",
	"de": "Bitte prüfen Sie die Buchungen; Einwendungen richten Sie bitte innerhalb von sechs Wochen an {phone}.",
	"fr": "Veuillez vérifier ce relevé et signaler toute opération non reconnue au {phone}.",
	"es": "Compruebe este extracto y comunique cualquier movimiento no reconocido llamando al {phone}.",
	"it": "Verificare l'estratto conto e segnalare eventuali movimenti non riconosciuti al numero {phone}.",
}

// groceries and services are item names of receipts and invoices.
var groceries = map[string][]string{
	"en": {"Milk 2L", "Wholemeal bread", "Free range eggs 6", "Bananas", "Cheddar 400g", "Orange juice", "Pasta 500g", "Coffee beans", "Tomatoes", "Chicken breast", "Yoghurt", "Dish soap"},
	"de": {"Vollmilch 1L", "Roggenbrot", "Eier 10 St.", "Bananen", "Gouda 400g", "Orangensaft", "Spaghetti 500g", "Kaffee Bohnen", "Tomaten", "Hähnchenbrust", "Joghurt", "Spülmittel"},
	"fr": {"Lait demi-écrémé", "Baguette", "Oeufs x6", "Bananes", "Comté 250g", "Jus d'orange", "Pâtes 500g", "Café moulu", "Tomates", "Poulet fermier", "Yaourt nature", "Liquide vaisselle"},
	"es": {"Leche entera", "Pan de barra", "Huevos docena", "Plátanos", "Queso manchego", "Zumo de naranja", "Macarrones 500g", "Café molido", "Tomates", "Pechuga de pollo", "Yogur natural", "Lavavajillas"},
	"it": {"Latte intero", "Pane casereccio", "Uova x6", "Banane", "Parmigiano 200g", "Succo d'arancia", "Spaghetti 500g", "Caffè macinato", "Pomodori", "Petto di pollo", "Yogurt bianco", "Detersivo piatti"},
}

var services = map[string][]string{
	"en": {"Consulting services", "Website maintenance", "Office chairs", "Printer toner", "Software licence", "Installation", "Travel expenses", "Training session"},
	"de": {"Beratungsleistung", "Wartung Webseite", "Bürostühle", "Druckertoner", "Softwarelizenz", "Montage", "Reisekosten", "Schulung"},
	"fr": {"Prestation de conseil", "Maintenance du site", "Chaises de bureau", "Toner imprimante", "Licence logicielle", "Installation", "Frais de déplacement", "Formation"},
	"es": {"Servicios de consultoría", "Mantenimiento web", "Sillas de oficina", "Tóner impresora", "Licencia de software", "Instalación", "Gastos de viaje", "Formación"},
	"it": {"Consulenza", "Manutenzione sito web", "Sedie da ufficio", "Toner stampante", "Licenza software", "Installazione", "Spese di trasferta", "Corso di formazione"},
}

// positions are jobs applied for (non-personal).
var positions = map[string][]string{
	"en": {"Accounts assistant", "Warehouse operative", "Registered nurse", "Software developer", "Sales manager"},
	"de": {"Buchhalter/in", "Lagermitarbeiter/in", "Pflegefachkraft", "Softwareentwickler/in", "Vertriebsleiter/in"},
	"fr": {"Assistant(e) comptable", "Préparateur de commandes", "Infirmier(ère)", "Développeur(se)", "Responsable commercial"},
	"es": {"Auxiliar contable", "Mozo de almacén", "Enfermero/a", "Desarrollador/a", "Jefe/a de ventas"},
	"it": {"Impiegato/a contabile", "Magazziniere", "Infermiere/a", "Sviluppatore software", "Responsabile vendite"},
}

// nationalities are printed nationalities by country (non-personal).
var nationalities = map[string]string{"US": "American", "GB": "British", "DE": "deutsch", "FR": "française", "ES": "española", "IT": "italiana", "IN": "Indian"}

// drugs, doses and frequencies fill a medication table (non-personal).
var (
	drugs       = []string{"Ramipril", "Metformin", "Amoxicillin", "Paracetamol", "Pantoprazole", "Bisoprolol", "Atorvastatin", "Apixaban"}
	doses       = []string{"5 mg", "500 mg", "1 g", "20 mg", "40 mg", "2.5 mg"}
	frequencies = map[string][]string{
		"en": {"once daily", "twice daily", "as needed", "at night"},
		"de": {"1-0-0", "1-0-1", "bei Bedarf", "0-0-1"},
		"fr": {"1 cp/j", "2 fois/j", "si besoin", "le soir"},
		"es": {"1-0-0", "cada 12 h", "si precisa", "por la noche"},
		"it": {"1 cp/die", "2 volte/die", "al bisogno", "la sera"},
	}
)
