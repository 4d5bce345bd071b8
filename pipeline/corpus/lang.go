package corpus

// langIndex orders the columns of labels.
var langIndex = map[string]int{"en": 0, "de": 1, "fr": 2, "es": 3, "it": 4}

// labels are the printed field labels, headings and fixed phrases by key,
// in English, German, French, Spanish and Italian.
var labels = map[string][5]string{
	// Common fields.
	"name":        {"Name", "Name", "Nom", "Nombre", "Nome"},
	"first_name":  {"First name", "Vorname", "Prénom", "Nombre", "Nome"},
	"surname":     {"Surname", "Nachname", "Nom", "Apellidos", "Cognome"},
	"dob":         {"Date of birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita"},
	"pob":         {"Place of birth", "Geburtsort", "Lieu de naissance", "Lugar de nacimiento", "Luogo di nascita"},
	"address":     {"Address", "Anschrift", "Adresse", "Dirección", "Indirizzo"},
	"postcode":    {"Postcode", "PLZ", "Code postal", "Código postal", "CAP"},
	"town":        {"Town", "Ort", "Ville", "Localidad", "Città"},
	"phone":       {"Phone", "Telefon", "Téléphone", "Teléfono", "Telefono"},
	"tel":         {"Tel.", "Tel.", "Tél.", "Tel.", "Tel."},
	"fax":         {"Fax", "Fax", "Fax", "Fax", "Fax"},
	"mobile":      {"Mobile", "Mobil", "Portable", "Móvil", "Cellulare"},
	"email":       {"Email", "E-Mail", "E-mail", "Correo electrónico", "E-mail"},
	"date":        {"Date", "Datum", "Date", "Fecha", "Data"},
	"place":       {"Place", "Ort", "Lieu", "Lugar", "Luogo"},
	"signature":   {"Signature", "Unterschrift", "Signature", "Firma", "Firma"},
	"page":        {"Page 1 of 1", "Seite 1 von 1", "Page 1 sur 1", "Página 1 de 1", "Pagina 1 di 1"},
	"vat_id":      {"VAT Reg. No.", "USt-IdNr.", "N° TVA", "CIF", "P. IVA"},
	"iban":        {"IBAN", "IBAN", "IBAN", "IBAN", "IBAN"},
	"bic":         {"BIC", "BIC", "BIC", "BIC", "BIC"},
	"account_no":  {"Account No.", "Kontonummer", "N° de compte", "N.º de cuenta", "N. conto"},
	"customer":    {"Customer No.", "Kundennummer", "N° client", "N.º de cliente", "Codice cliente"},
	"invoice_no":  {"Invoice No.", "Rechnungsnummer", "N° de facture", "N.º de factura", "Fattura n."},
	"member_no":   {"Member No.", "Mitgliedsnummer", "N° d'adhérent", "N.º de socio", "N. tessera"},
	"policy_no":   {"Policy No.", "Versicherungsnummer", "N° de contrat", "N.º de póliza", "N. polizza"},
	"national":    {"National ID", "Steuer-ID", "N° de sécurité sociale", "DNI", "Codice fiscale"},
	"nationality": {"Nationality", "Staatsangehörigkeit", "Nationalité", "Nacionalidad", "Cittadinanza"},

	// Receipts.
	"receipt":    {"RECEIPT", "KASSENBON", "TICKET DE CAISSE", "TICKET DE COMPRA", "SCONTRINO"},
	"receipt_no": {"Receipt No.", "Bon-Nr.", "Ticket n°", "Ticket n.º", "Scontrino n."},
	"cashier":    {"Cashier", "Kassierer", "Caissier", "Cajero", "Cassiere"},
	"till":       {"Till", "Kasse", "Caisse", "Caja", "Cassa"},
	"subtotal":   {"Subtotal", "Zwischensumme", "Sous-total", "Subtotal", "Subtotale"},
	"tax":        {"VAT", "MwSt.", "TVA", "IVA", "IVA"},
	"total":      {"TOTAL", "SUMME", "TOTAL", "TOTAL", "TOTALE"},
	"card":       {"Card", "Karte", "Carte", "Tarjeta", "Carta"},
	"cash":       {"Cash", "Bar", "Espèces", "Efectivo", "Contanti"},
	"change":     {"Change", "Rückgeld", "Rendu", "Cambio", "Resto"},
	"thanks":     {"Thank you for shopping with us", "Vielen Dank für Ihren Einkauf", "Merci de votre visite", "Gracias por su compra", "Grazie per l'acquisto"},
	"loyalty":    {"Loyalty card", "Kundenkarte", "Carte fidélité", "Tarjeta de cliente", "Carta fedeltà"},

	// Invoices.
	"invoice":    {"INVOICE", "RECHNUNG", "FACTURE", "FACTURA", "FATTURA"},
	"bill_to":    {"Bill to", "Rechnungsempfänger", "Facturé à", "Facturar a", "Intestatario"},
	"due_date":   {"Due date", "Fällig am", "Échéance", "Vencimiento", "Scadenza"},
	"desc":       {"Description", "Beschreibung", "Désignation", "Descripción", "Descrizione"},
	"qty":        {"Qty", "Menge", "Qté", "Cant.", "Q.tà"},
	"unit_price": {"Unit price", "Einzelpreis", "Prix unitaire", "Precio unitario", "Prezzo unitario"},
	"amount":     {"Amount", "Betrag", "Montant", "Importe", "Importo"},
	"net":        {"Net amount", "Nettobetrag", "Total HT", "Base imponible", "Imponibile"},
	"total_due":  {"Total due", "Gesamtbetrag", "Total TTC", "Total a pagar", "Totale da pagare"},
	"bank":       {"Bank details", "Bankverbindung", "Coordonnées bancaires", "Datos bancarios", "Coordinate bancarie"},

	// Medical summaries.
	"discharge":   {"Discharge Summary", "Entlassungsbericht", "Compte rendu d'hospitalisation", "Informe de alta", "Lettera di dimissione"},
	"patient":     {"Patient", "Patient", "Patient", "Paciente", "Paziente"},
	"mrn":         {"MRN", "Patienten-Nr.", "IPP", "NHC", "N. cartella"},
	"hospital_id": {"Hospital ID", "Fall-Nr.", "N° de séjour", "N.º de episodio", "N. ricovero"},
	"admitted":    {"Admission date", "Aufnahme", "Date d'entrée", "Fecha de ingreso", "Data di ricovero"},
	"discharged":  {"Discharge date", "Entlassung", "Date de sortie", "Fecha de alta", "Data di dimissione"},
	"attending":   {"Attending physician", "Behandelnder Arzt", "Médecin référent", "Médico responsable", "Medico curante"},
	"doctor_id":   {"Doctor ID", "Arzt-Nr.", "N° RPPS", "N.º colegiado", "Codice medico"},
	"ward":        {"Ward", "Station", "Service", "Servicio", "Reparto"},
	"insurer":     {"Insurance", "Krankenkasse", "Mutuelle", "Aseguradora", "Assicurazione"},
	"history":     {"History", "Anamnese", "Antécédents", "Antecedentes", "Anamnesi"},
	"findings":    {"Findings", "Befund", "Examen clinique", "Exploración", "Esame obiettivo"},
	"course":      {"Hospital course", "Verlauf", "Évolution", "Evolución", "Decorso"},
	"diagnosis":   {"Diagnosis", "Diagnose", "Diagnostic", "Diagnóstico", "Diagnosi"},
	"medication":  {"Medication on discharge", "Entlassmedikation", "Traitement de sortie", "Tratamiento al alta", "Terapia alla dimissione"},
	"drug":        {"Drug", "Wirkstoff", "Médicament", "Fármaco", "Farmaco"},
	"dose":        {"Dose", "Dosis", "Dose", "Dosis", "Dose"},
	"frequency":   {"Frequency", "Einnahme", "Posologie", "Pauta", "Posologia"},
	"plan":        {"Plan and follow-up", "Procedere", "Suivi", "Plan y seguimiento", "Indicazioni"},

	// Letters.
	"subject":  {"Re:", "Betreff:", "Objet :", "Asunto:", "Oggetto:"},
	"your_ref": {"Your ref.", "Ihr Zeichen", "Votre réf.", "Su ref.", "Vs. rif."},
	"closing":  {"Yours sincerely,", "Mit freundlichen Grüßen", "Veuillez agréer nos salutations distinguées.", "Atentamente,", "Cordiali saluti,"},
	"dear":     {"Dear", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,", "Estimado/a", "Gentile"},

	// Application forms.
	"application": {"EMPLOYMENT APPLICATION", "PERSONALFRAGEBOGEN", "DOSSIER DE CANDIDATURE", "SOLICITUD DE EMPLEO", "DOMANDA DI ASSUNZIONE"},
	"personal":    {"Personal details", "Angaben zur Person", "État civil", "Datos personales", "Dati anagrafici"},
	"contact":     {"Contact details", "Kontaktdaten", "Coordonnées", "Datos de contacto", "Recapiti"},
	"position":    {"Position applied for", "Angestrebte Position", "Poste souhaité", "Puesto solicitado", "Posizione"},
	"start":       {"Available from", "Eintrittsdatum", "Disponible à partir du", "Disponibilidad", "Disponibile dal"},
	"emergency":   {"Emergency contact", "Notfallkontakt", "Personne à prévenir", "Contacto de emergencia", "Contatto di emergenza"},
	"employment":  {"Employment", "Beschäftigung", "Poste", "Empleo", "Impiego"},
	"declaration": {"Declaration", "Erklärung", "Déclaration", "Declaración", "Dichiarazione"},
	"marital":     {"Marital status", "Familienstand", "Situation familiale", "Estado civil", "Stato civile"},
	"single":      {"single", "ledig", "célibataire", "soltero/a", "celibe/nubile"},
	"married":     {"married", "verheiratet", "marié(e)", "casado/a", "coniugato/a"},
	"employee_no": {"Employee No.", "Personalnummer", "Matricule", "N.º de empleado", "Matricola"},

	// Bank statements.
	"statement": {"Account Statement", "Kontoauszug", "Relevé de compte", "Extracto de cuenta", "Estratto conto"},
	"holder":    {"Account holder", "Kontoinhaber", "Titulaire", "Titular", "Intestatario"},
	"period":    {"Statement period", "Zeitraum", "Période", "Periodo", "Periodo"},
	"opening":   {"Opening balance", "Alter Kontostand", "Solde initial", "Saldo inicial", "Saldo iniziale"},
	"closing_b": {"Closing balance", "Neuer Kontostand", "Solde final", "Saldo final", "Saldo finale"},
	"details":   {"Details", "Verwendungszweck", "Libellé", "Concepto", "Descrizione"},
	"debit":     {"Debit", "Soll", "Débit", "Cargo", "Addebiti"},
	"credit":    {"Credit", "Haben", "Crédit", "Abono", "Accrediti"},
	"balance":   {"Balance", "Saldo", "Solde", "Saldo", "Saldo"},
	"tx_from":   {"Transfer from", "Gutschrift von", "Virement de", "Transferencia de", "Bonifico da"},
	"tx_to":     {"Transfer to", "Überweisung an", "Virement à", "Transferencia a", "Bonifico a"},
	"tx_card":   {"Card payment", "Kartenzahlung", "Paiement CB", "Pago con tarjeta", "Pagamento POS"},
	"tx_debit":  {"Direct debit", "Lastschrift", "Prélèvement", "Recibo domiciliado", "Addebito diretto"},
	"tx_salary": {"Salary", "Gehalt", "Salaire", "Nómina", "Stipendio"},
	"tx_cash":   {"Cash withdrawal", "Bargeldauszahlung", "Retrait DAB", "Reintegro cajero", "Prelievo bancomat"},
}

// countryLabels override labels where a country's usage differs from its
// language's.
var countryLabels = map[string]map[string]string{
	"US": {"postcode": "ZIP code", "national": "SSN", "vat_id": "Tax ID", "surname": "Last name", "town": "City", "mobile": "Cell",
		"account_no": "Account No.", "tax": "Sales Tax", "discharge": "Discharge Summary", "hospital_id": "Encounter No.", "closing": "Sincerely,"},
	"GB": {"national": "National Insurance No.", "mrn": "Hospital No.", "hospital_id": "NHS No.", "statement": "Statement of Account"},
	"IN": {"postcode": "PIN code", "national": "Aadhaar No.", "vat_id": "GSTIN", "mrn": "UHID", "receipt": "CASH MEMO", "tax": "GST",
		"town": "City", "closing": "Yours faithfully,", "account_no": "A/c No."},
}

// tr is the label of key in the country's usage. It panics on a key
// missing from the constant tables, a programming error that the tests
// rendering every kind in every country catch.
func tr(c *country, key string) string {
	if o, ok := countryLabels[c.code][key]; ok {
		return o
	}
	l, ok := labels[key]
	if !ok || l[langIndex[c.lang]] == "" {
		panic("corpus: no label " + key + " for " + c.lang)
	}
	return l[langIndex[c.lang]]
}
